-- Written by `npm run db:protect` from db/protection.ts: the tables that refuse to forget.
DROP TRIGGER "interventions_versioned_update";
--> statement-breakpoint
CREATE TRIGGER "users_no_delete" BEFORE DELETE ON "users"
BEGIN
  SELECT RAISE(ABORT, 'users: rows are never deleted (who did what stays resolvable; accounts are disabled, not removed)');
END;
--> statement-breakpoint
CREATE TRIGGER "users_no_replace" BEFORE INSERT ON "users"
WHEN EXISTS (SELECT 1 FROM "users" WHERE "id" = NEW."id")
  OR EXISTS (SELECT 1 FROM "users" WHERE lower("username") = lower(NEW."username"))
BEGIN
  SELECT RAISE(ABORT, 'users: an existing row is never replaced (who did what stays resolvable; accounts are disabled, not removed)');
END;
--> statement-breakpoint
CREATE TRIGGER "users_no_replace_on_update" BEFORE UPDATE ON "users"
WHEN EXISTS (SELECT 1 FROM "users" WHERE "id" = NEW."id" AND rowid <> OLD.rowid)
  OR EXISTS (SELECT 1 FROM "users" WHERE lower("username") = lower(NEW."username") AND rowid <> OLD.rowid)
BEGIN
  SELECT RAISE(ABORT, 'users: an update never replaces another row (who did what stays resolvable; accounts are disabled, not removed)');
END;
--> statement-breakpoint
CREATE TRIGGER "patients_no_delete" BEFORE DELETE ON "patients"
BEGIN
  SELECT RAISE(ABORT, 'patients: rows are never deleted (a clinical record; edits are versioned and audited)');
END;
--> statement-breakpoint
CREATE TRIGGER "patients_no_replace" BEFORE INSERT ON "patients"
WHEN EXISTS (SELECT 1 FROM "patients" WHERE "id" = NEW."id")
  OR EXISTS (SELECT 1 FROM "patients" WHERE upper("mrn") = upper(NEW."mrn"))
BEGIN
  SELECT RAISE(ABORT, 'patients: an existing row is never replaced (a clinical record; edits are versioned and audited)');
END;
--> statement-breakpoint
CREATE TRIGGER "patients_no_replace_on_update" BEFORE UPDATE ON "patients"
WHEN EXISTS (SELECT 1 FROM "patients" WHERE "id" = NEW."id" AND rowid <> OLD.rowid)
  OR EXISTS (SELECT 1 FROM "patients" WHERE upper("mrn") = upper(NEW."mrn") AND rowid <> OLD.rowid)
BEGIN
  SELECT RAISE(ABORT, 'patients: an update never replaces another row (a clinical record; edits are versioned and audited)');
END;
--> statement-breakpoint
CREATE TRIGGER "courses_no_delete" BEFORE DELETE ON "courses"
BEGIN
  SELECT RAISE(ABORT, 'courses: rows are never deleted (a clinical record)');
END;
--> statement-breakpoint
CREATE TRIGGER "courses_no_replace" BEFORE INSERT ON "courses"
WHEN EXISTS (SELECT 1 FROM "courses" WHERE "id" = NEW."id")
BEGIN
  SELECT RAISE(ABORT, 'courses: an existing row is never replaced (a clinical record)');
END;
--> statement-breakpoint
CREATE TRIGGER "courses_no_replace_on_update" BEFORE UPDATE ON "courses"
WHEN EXISTS (SELECT 1 FROM "courses" WHERE "id" = NEW."id" AND rowid <> OLD.rowid)
BEGIN
  SELECT RAISE(ABORT, 'courses: an update never replaces another row (a clinical record)');
END;
--> statement-breakpoint
CREATE TRIGGER "course_agents_no_delete" BEFORE DELETE ON "course_agents"
BEGIN
  SELECT RAISE(ABORT, 'course_agents: rows are never deleted (a clinical record; dose changes are audited)');
END;
--> statement-breakpoint
CREATE TRIGGER "course_agents_no_replace" BEFORE INSERT ON "course_agents"
WHEN EXISTS (SELECT 1 FROM "course_agents" WHERE "id" = NEW."id")
  OR EXISTS (SELECT 1 FROM "course_agents" WHERE "course_id" = NEW."course_id" AND "agent" = NEW."agent")
BEGIN
  SELECT RAISE(ABORT, 'course_agents: an existing row is never replaced (a clinical record; dose changes are audited)');
END;
--> statement-breakpoint
CREATE TRIGGER "course_agents_no_replace_on_update" BEFORE UPDATE ON "course_agents"
WHEN EXISTS (SELECT 1 FROM "course_agents" WHERE "id" = NEW."id" AND rowid <> OLD.rowid)
  OR EXISTS (SELECT 1 FROM "course_agents" WHERE "course_id" = NEW."course_id" AND "agent" = NEW."agent" AND rowid <> OLD.rowid)
BEGIN
  SELECT RAISE(ABORT, 'course_agents: an update never replaces another row (a clinical record; dose changes are audited)');
END;
--> statement-breakpoint
CREATE TRIGGER "cycles_no_delete" BEFORE DELETE ON "cycles"
BEGIN
  SELECT RAISE(ABORT, 'cycles: rows are never deleted (a clinical record; rescheduling, holds and cancellations are versioned)');
END;
--> statement-breakpoint
CREATE TRIGGER "cycles_no_replace" BEFORE INSERT ON "cycles"
WHEN EXISTS (SELECT 1 FROM "cycles" WHERE "id" = NEW."id")
  OR EXISTS (SELECT 1 FROM "cycles" WHERE "course_id" = NEW."course_id" AND "number" = NEW."number")
BEGIN
  SELECT RAISE(ABORT, 'cycles: an existing row is never replaced (a clinical record; rescheduling, holds and cancellations are versioned)');
END;
--> statement-breakpoint
CREATE TRIGGER "cycles_no_replace_on_update" BEFORE UPDATE ON "cycles"
WHEN EXISTS (SELECT 1 FROM "cycles" WHERE "id" = NEW."id" AND rowid <> OLD.rowid)
  OR EXISTS (SELECT 1 FROM "cycles" WHERE "course_id" = NEW."course_id" AND "number" = NEW."number" AND rowid <> OLD.rowid)
BEGIN
  SELECT RAISE(ABORT, 'cycles: an update never replaces another row (a clinical record; rescheduling, holds and cancellations are versioned)');
END;
--> statement-breakpoint
CREATE TRIGGER "doses_no_delete" BEFORE DELETE ON "doses"
BEGIN
  SELECT RAISE(ABORT, 'doses: rows are never deleted (what was given is fixed; the entered-in-error mark is set once)');
END;
--> statement-breakpoint
CREATE TRIGGER "doses_no_replace" BEFORE INSERT ON "doses"
WHEN EXISTS (SELECT 1 FROM "doses" WHERE "id" = NEW."id")
BEGIN
  SELECT RAISE(ABORT, 'doses: an existing row is never replaced (what was given is fixed; the entered-in-error mark is set once)');
END;
--> statement-breakpoint
CREATE TRIGGER "doses_no_replace_on_update" BEFORE UPDATE ON "doses"
WHEN EXISTS (SELECT 1 FROM "doses" WHERE "id" = NEW."id" AND rowid <> OLD.rowid)
BEGIN
  SELECT RAISE(ABORT, 'doses: an update never replaces another row (what was given is fixed; the entered-in-error mark is set once)');
END;
--> statement-breakpoint
CREATE TRIGGER "doses_frozen" BEFORE UPDATE ON "doses"
WHEN NOT (OLD.status = 'final' AND NEW.status = 'entered-in-error')
  OR NEW."id" IS NOT OLD."id"
  OR NEW."patient_id" IS NOT OLD."patient_id"
  OR NEW."cycle_id" IS NOT OLD."cycle_id"
  OR NEW."agent" IS NOT OLD."agent"
  OR NEW."dose" IS NOT OLD."dose"
  OR NEW."unit" IS NOT OLD."unit"
  OR NEW."route" IS NOT OLD."route"
  OR NEW."administrations" IS NOT OLD."administrations"
  OR NEW."given_at" IS NOT OLD."given_at"
  OR NEW."given_on" IS NOT OLD."given_on"
  OR NEW."recorded_by" IS NOT OLD."recorded_by"
  OR NEW."recorded_at" IS NOT OLD."recorded_at"
BEGIN
  SELECT RAISE(ABORT, 'doses: only status, error_reason, version may change, and only so (what was given is fixed; the entered-in-error mark is set once)');
END;
--> statement-breakpoint
CREATE TRIGGER "assessments_no_delete" BEFORE DELETE ON "assessments"
BEGIN
  SELECT RAISE(ABORT, 'assessments: rows are never deleted (amended in place with a reason; each earlier version kept)');
END;
--> statement-breakpoint
CREATE TRIGGER "assessments_no_replace" BEFORE INSERT ON "assessments"
WHEN EXISTS (SELECT 1 FROM "assessments" WHERE "id" = NEW."id")
BEGIN
  SELECT RAISE(ABORT, 'assessments: an existing row is never replaced (amended in place with a reason; each earlier version kept)');
END;
--> statement-breakpoint
CREATE TRIGGER "assessments_no_replace_on_update" BEFORE UPDATE ON "assessments"
WHEN EXISTS (SELECT 1 FROM "assessments" WHERE "id" = NEW."id" AND rowid <> OLD.rowid)
BEGIN
  SELECT RAISE(ABORT, 'assessments: an update never replaces another row (amended in place with a reason; each earlier version kept)');
END;
--> statement-breakpoint
DROP TRIGGER "self_report_invitations_no_delete";
--> statement-breakpoint
CREATE TRIGGER "self_report_invitations_no_delete" BEFORE DELETE ON "self_report_invitations"
BEGIN
  SELECT RAISE(ABORT, 'self_report_invitations: rows are never deleted (a code is used up by the self-report that names it)');
END;
--> statement-breakpoint
CREATE TRIGGER "self_report_invitations_no_replace" BEFORE INSERT ON "self_report_invitations"
WHEN EXISTS (SELECT 1 FROM "self_report_invitations" WHERE "id" = NEW."id")
  OR EXISTS (SELECT 1 FROM "self_report_invitations" WHERE "code_hash" = NEW."code_hash")
BEGIN
  SELECT RAISE(ABORT, 'self_report_invitations: an existing row is never replaced (a code is used up by the self-report that names it)');
END;
--> statement-breakpoint
DROP TRIGGER "self_report_invitations_no_update";
--> statement-breakpoint
CREATE TRIGGER "self_report_invitations_no_update" BEFORE UPDATE ON "self_report_invitations"
BEGIN
  SELECT RAISE(ABORT, 'self_report_invitations: rows are never changed (a code is used up by the self-report that names it)');
END;
--> statement-breakpoint
DROP TRIGGER "self_reports_no_delete";
--> statement-breakpoint
CREATE TRIGGER "self_reports_no_delete" BEFORE DELETE ON "self_reports"
BEGIN
  SELECT RAISE(ABORT, 'self_reports: rows are never deleted (what a patient reported, as sent)');
END;
--> statement-breakpoint
CREATE TRIGGER "self_reports_no_replace" BEFORE INSERT ON "self_reports"
WHEN EXISTS (SELECT 1 FROM "self_reports" WHERE "id" = NEW."id")
  OR EXISTS (SELECT 1 FROM "self_reports" WHERE "invitation_id" = NEW."invitation_id")
BEGIN
  SELECT RAISE(ABORT, 'self_reports: an existing row is never replaced (what a patient reported, as sent)');
END;
--> statement-breakpoint
DROP TRIGGER "self_reports_no_update";
--> statement-breakpoint
CREATE TRIGGER "self_reports_no_update" BEFORE UPDATE ON "self_reports"
BEGIN
  SELECT RAISE(ABORT, 'self_reports: rows are never changed (what a patient reported, as sent)');
END;
--> statement-breakpoint
CREATE TRIGGER "assessment_versions_no_delete" BEFORE DELETE ON "assessment_versions"
BEGIN
  SELECT RAISE(ABORT, 'assessment_versions: rows are never deleted (the earlier versions of an amended exam)');
END;
--> statement-breakpoint
CREATE TRIGGER "assessment_versions_no_replace" BEFORE INSERT ON "assessment_versions"
WHEN EXISTS (SELECT 1 FROM "assessment_versions" WHERE "id" = NEW."id")
  OR EXISTS (SELECT 1 FROM "assessment_versions" WHERE "assessment_id" = NEW."assessment_id" AND "version" = NEW."version")
BEGIN
  SELECT RAISE(ABORT, 'assessment_versions: an existing row is never replaced (the earlier versions of an amended exam)');
END;
--> statement-breakpoint
CREATE TRIGGER "assessment_versions_no_update" BEFORE UPDATE ON "assessment_versions"
BEGIN
  SELECT RAISE(ABORT, 'assessment_versions: rows are never changed (the earlier versions of an amended exam)');
END;
--> statement-breakpoint
CREATE TRIGGER "plan_versions_no_delete" BEFORE DELETE ON "plan_versions"
BEGIN
  SELECT RAISE(ABORT, 'plan_versions: rows are never deleted (the terms signed are fixed; only draft, in force and superseded move on)');
END;
--> statement-breakpoint
CREATE TRIGGER "plan_versions_no_replace" BEFORE INSERT ON "plan_versions"
WHEN EXISTS (SELECT 1 FROM "plan_versions" WHERE "id" = NEW."id")
  OR EXISTS (SELECT 1 FROM "plan_versions" WHERE "patient_id" = NEW."patient_id" AND "agent" = NEW."agent" AND "version" = NEW."version")
BEGIN
  SELECT RAISE(ABORT, 'plan_versions: an existing row is never replaced (the terms signed are fixed; only draft, in force and superseded move on)');
END;
--> statement-breakpoint
CREATE TRIGGER "plan_versions_no_replace_on_update" BEFORE UPDATE ON "plan_versions"
WHEN EXISTS (SELECT 1 FROM "plan_versions" WHERE "id" = NEW."id" AND rowid <> OLD.rowid)
  OR EXISTS (SELECT 1 FROM "plan_versions" WHERE "patient_id" = NEW."patient_id" AND "agent" = NEW."agent" AND "version" = NEW."version" AND rowid <> OLD.rowid)
BEGIN
  SELECT RAISE(ABORT, 'plan_versions: an update never replaces another row (the terms signed are fixed; only draft, in force and superseded move on)');
END;
--> statement-breakpoint
CREATE TRIGGER "plan_versions_frozen" BEFORE UPDATE ON "plan_versions"
WHEN NOT (OLD.status <> 'superseded')
  OR NEW."id" IS NOT OLD."id"
  OR NEW."patient_id" IS NOT OLD."patient_id"
  OR NEW."agent" IS NOT OLD."agent"
  OR NEW."version" IS NOT OLD."version"
  OR NEW."cumulative_limit" IS NOT OLD."cumulative_limit"
  OR NEW."warn_fraction" IS NOT OLD."warn_fraction"
  OR NEW."dose_cap" IS NOT OLD."dose_cap"
  OR NEW."rules" IS NOT OLD."rules"
  OR NEW."notes" IS NOT OLD."notes"
  OR NEW."created_by" IS NOT OLD."created_by"
  OR NEW."created_at" IS NOT OLD."created_at"
BEGIN
  SELECT RAISE(ABORT, 'plan_versions: only status, in_force_at may change, and only so (the terms signed are fixed; only draft, in force and superseded move on)');
END;
--> statement-breakpoint
CREATE TRIGGER "plan_signatures_no_delete" BEFORE DELETE ON "plan_signatures"
BEGIN
  SELECT RAISE(ABORT, 'plan_signatures: rows are never deleted (an electronic signature)');
END;
--> statement-breakpoint
CREATE TRIGGER "plan_signatures_no_replace" BEFORE INSERT ON "plan_signatures"
WHEN EXISTS (SELECT 1 FROM "plan_signatures" WHERE "id" = NEW."id")
  OR EXISTS (SELECT 1 FROM "plan_signatures" WHERE "plan_version_id" = NEW."plan_version_id" AND "user_id" = NEW."user_id")
BEGIN
  SELECT RAISE(ABORT, 'plan_signatures: an existing row is never replaced (an electronic signature)');
END;
--> statement-breakpoint
CREATE TRIGGER "plan_signatures_no_update" BEFORE UPDATE ON "plan_signatures"
BEGIN
  SELECT RAISE(ABORT, 'plan_signatures: rows are never changed (an electronic signature)');
END;
--> statement-breakpoint
CREATE TRIGGER "alerts_no_delete" BEFORE DELETE ON "alerts"
BEGIN
  SELECT RAISE(ABORT, 'alerts: rows are never deleted (status moves open, acknowledged, resolved)');
END;
--> statement-breakpoint
CREATE TRIGGER "alerts_no_replace" BEFORE INSERT ON "alerts"
WHEN EXISTS (SELECT 1 FROM "alerts" WHERE "id" = NEW."id")
BEGIN
  SELECT RAISE(ABORT, 'alerts: an existing row is never replaced (status moves open, acknowledged, resolved)');
END;
--> statement-breakpoint
CREATE TRIGGER "alerts_no_replace_on_update" BEFORE UPDATE ON "alerts"
WHEN EXISTS (SELECT 1 FROM "alerts" WHERE "id" = NEW."id" AND rowid <> OLD.rowid)
BEGIN
  SELECT RAISE(ABORT, 'alerts: an update never replaces another row (status moves open, acknowledged, resolved)');
END;
--> statement-breakpoint
CREATE TRIGGER "acknowledgements_no_delete" BEFORE DELETE ON "acknowledgements"
BEGIN
  SELECT RAISE(ABORT, 'acknowledgements: rows are never deleted (an oncologist''s decision)');
END;
--> statement-breakpoint
CREATE TRIGGER "acknowledgements_no_replace" BEFORE INSERT ON "acknowledgements"
WHEN EXISTS (SELECT 1 FROM "acknowledgements" WHERE "id" = NEW."id")
  OR EXISTS (SELECT 1 FROM "acknowledgements" WHERE "alert_id" = NEW."alert_id")
BEGIN
  SELECT RAISE(ABORT, 'acknowledgements: an existing row is never replaced (an oncologist''s decision)');
END;
--> statement-breakpoint
CREATE TRIGGER "acknowledgements_no_update" BEFORE UPDATE ON "acknowledgements"
BEGIN
  SELECT RAISE(ABORT, 'acknowledgements: rows are never changed (an oncologist''s decision)');
END;
--> statement-breakpoint
DROP TRIGGER "interventions_no_delete";
--> statement-breakpoint
CREATE TRIGGER "interventions_no_delete" BEFORE DELETE ON "interventions"
BEGIN
  SELECT RAISE(ABORT, 'interventions: rows are never deleted (supportive care; its end, response and notes change one version at a time)');
END;
--> statement-breakpoint
CREATE TRIGGER "interventions_no_replace" BEFORE INSERT ON "interventions"
WHEN EXISTS (SELECT 1 FROM "interventions" WHERE "id" = NEW."id")
BEGIN
  SELECT RAISE(ABORT, 'interventions: an existing row is never replaced (supportive care; its end, response and notes change one version at a time)');
END;
--> statement-breakpoint
CREATE TRIGGER "interventions_no_replace_on_update" BEFORE UPDATE ON "interventions"
WHEN EXISTS (SELECT 1 FROM "interventions" WHERE "id" = NEW."id" AND rowid <> OLD.rowid)
BEGIN
  SELECT RAISE(ABORT, 'interventions: an update never replaces another row (supportive care; its end, response and notes change one version at a time)');
END;
--> statement-breakpoint
CREATE TRIGGER "interventions_frozen" BEFORE UPDATE ON "interventions"
WHEN NOT (NEW.version = OLD.version + 1)
  OR NEW."id" IS NOT OLD."id"
  OR NEW."patient_id" IS NOT OLD."patient_id"
  OR NEW."kind" IS NOT OLD."kind"
  OR NEW."started_on" IS NOT OLD."started_on"
  OR NEW."dose" IS NOT OLD."dose"
  OR NEW."recorded_by" IS NOT OLD."recorded_by"
  OR NEW."recorded_at" IS NOT OLD."recorded_at"
BEGIN
  SELECT RAISE(ABORT, 'interventions: only ended_on, response, notes, version, updated_at may change, and only so (supportive care; its end, response and notes change one version at a time)');
END;
--> statement-breakpoint
DROP TRIGGER "audit_log_no_delete";
--> statement-breakpoint
CREATE TRIGGER "audit_log_no_delete" BEFORE DELETE ON "audit_log"
BEGIN
  SELECT RAISE(ABORT, 'audit_log: rows are never deleted (the audit trail is append-only)');
END;
--> statement-breakpoint
CREATE TRIGGER "audit_log_no_replace" BEFORE INSERT ON "audit_log"
WHEN EXISTS (SELECT 1 FROM "audit_log" WHERE "id" = NEW."id")
BEGIN
  SELECT RAISE(ABORT, 'audit_log: an existing row is never replaced (the audit trail is append-only)');
END;
--> statement-breakpoint
DROP TRIGGER "audit_log_no_update";
--> statement-breakpoint
CREATE TRIGGER "audit_log_no_update" BEFORE UPDATE ON "audit_log"
BEGIN
  SELECT RAISE(ABORT, 'audit_log: rows are never changed (the audit trail is append-only)');
END;
