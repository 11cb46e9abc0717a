-- Written by `npm run db:protect` from db/protection.ts (db/protection-pg.ts): the tables that refuse to forget.
CREATE OR REPLACE FUNCTION refuse_to_forget() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION USING MESSAGE = TG_ARGV[0], ERRCODE = 'restrict_violation';
END
$$;
--> statement-breakpoint
DO $$
DECLARE t record;
BEGIN
  FOR t IN SELECT tgname, tgrelid::regclass AS tbl FROM pg_trigger WHERE tgfoid = 'refuse_to_forget'::regproc LOOP
    EXECUTE format('DROP TRIGGER %I ON %s', t.tgname, t.tbl);
  END LOOP;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "sites_no_delete" BEFORE DELETE ON "sites"
FOR EACH ROW
EXECUTE FUNCTION refuse_to_forget('sites: rows are never deleted (courses and users name their site; its code is fixed, its name may be corrected)');
--> statement-breakpoint
CREATE TRIGGER "sites_no_truncate" BEFORE TRUNCATE ON "sites"
FOR EACH STATEMENT
EXECUTE FUNCTION refuse_to_forget('sites: rows are never deleted (courses and users name their site; its code is fixed, its name may be corrected)');
--> statement-breakpoint
CREATE TRIGGER "sites_frozen" BEFORE UPDATE ON "sites"
FOR EACH ROW
WHEN (NEW."id" IS DISTINCT FROM OLD."id"
  OR NEW."code" IS DISTINCT FROM OLD."code"
  OR NEW."created_at" IS DISTINCT FROM OLD."created_at")
EXECUTE FUNCTION refuse_to_forget('sites: only name may change, and only so (courses and users name their site; its code is fixed, its name may be corrected)');
--> statement-breakpoint
CREATE TRIGGER "users_no_delete" BEFORE DELETE ON "users"
FOR EACH ROW
EXECUTE FUNCTION refuse_to_forget('users: rows are never deleted (who did what stays resolvable; accounts are disabled, not removed)');
--> statement-breakpoint
CREATE TRIGGER "users_no_truncate" BEFORE TRUNCATE ON "users"
FOR EACH STATEMENT
EXECUTE FUNCTION refuse_to_forget('users: rows are never deleted (who did what stays resolvable; accounts are disabled, not removed)');
--> statement-breakpoint
CREATE TRIGGER "patients_no_delete" BEFORE DELETE ON "patients"
FOR EACH ROW
EXECUTE FUNCTION refuse_to_forget('patients: rows are never deleted (a clinical record; edits are versioned and audited)');
--> statement-breakpoint
CREATE TRIGGER "patients_no_truncate" BEFORE TRUNCATE ON "patients"
FOR EACH STATEMENT
EXECUTE FUNCTION refuse_to_forget('patients: rows are never deleted (a clinical record; edits are versioned and audited)');
--> statement-breakpoint
CREATE TRIGGER "courses_no_delete" BEFORE DELETE ON "courses"
FOR EACH ROW
EXECUTE FUNCTION refuse_to_forget('courses: rows are never deleted (a clinical record)');
--> statement-breakpoint
CREATE TRIGGER "courses_no_truncate" BEFORE TRUNCATE ON "courses"
FOR EACH STATEMENT
EXECUTE FUNCTION refuse_to_forget('courses: rows are never deleted (a clinical record)');
--> statement-breakpoint
CREATE TRIGGER "course_agents_no_delete" BEFORE DELETE ON "course_agents"
FOR EACH ROW
EXECUTE FUNCTION refuse_to_forget('course_agents: rows are never deleted (a clinical record; dose changes are audited)');
--> statement-breakpoint
CREATE TRIGGER "course_agents_no_truncate" BEFORE TRUNCATE ON "course_agents"
FOR EACH STATEMENT
EXECUTE FUNCTION refuse_to_forget('course_agents: rows are never deleted (a clinical record; dose changes are audited)');
--> statement-breakpoint
CREATE TRIGGER "course_agent_changes_no_delete" BEFORE DELETE ON "course_agent_changes"
FOR EACH ROW
EXECUTE FUNCTION refuse_to_forget('course_agent_changes: rows are never deleted (what an oncologist''s decision changed on a course agent)');
--> statement-breakpoint
CREATE TRIGGER "course_agent_changes_no_truncate" BEFORE TRUNCATE ON "course_agent_changes"
FOR EACH STATEMENT
EXECUTE FUNCTION refuse_to_forget('course_agent_changes: rows are never deleted (what an oncologist''s decision changed on a course agent)');
--> statement-breakpoint
CREATE TRIGGER "course_agent_changes_no_update" BEFORE UPDATE ON "course_agent_changes"
FOR EACH ROW
EXECUTE FUNCTION refuse_to_forget('course_agent_changes: rows are never changed (what an oncologist''s decision changed on a course agent)');
--> statement-breakpoint
CREATE TRIGGER "cycles_no_delete" BEFORE DELETE ON "cycles"
FOR EACH ROW
EXECUTE FUNCTION refuse_to_forget('cycles: rows are never deleted (a clinical record; rescheduling, holds and cancellations are versioned)');
--> statement-breakpoint
CREATE TRIGGER "cycles_no_truncate" BEFORE TRUNCATE ON "cycles"
FOR EACH STATEMENT
EXECUTE FUNCTION refuse_to_forget('cycles: rows are never deleted (a clinical record; rescheduling, holds and cancellations are versioned)');
--> statement-breakpoint
CREATE TRIGGER "doses_no_delete" BEFORE DELETE ON "doses"
FOR EACH ROW
EXECUTE FUNCTION refuse_to_forget('doses: rows are never deleted (what was given is fixed; the entered-in-error mark is set once)');
--> statement-breakpoint
CREATE TRIGGER "doses_no_truncate" BEFORE TRUNCATE ON "doses"
FOR EACH STATEMENT
EXECUTE FUNCTION refuse_to_forget('doses: rows are never deleted (what was given is fixed; the entered-in-error mark is set once)');
--> statement-breakpoint
CREATE TRIGGER "doses_frozen" BEFORE UPDATE ON "doses"
FOR EACH ROW
WHEN (NOT (OLD.status = 'final' AND NEW.status = 'entered-in-error')
  OR NEW."id" IS DISTINCT FROM OLD."id"
  OR NEW."patient_id" IS DISTINCT FROM OLD."patient_id"
  OR NEW."cycle_id" IS DISTINCT FROM OLD."cycle_id"
  OR NEW."agent" IS DISTINCT FROM OLD."agent"
  OR NEW."dose" IS DISTINCT FROM OLD."dose"
  OR NEW."unit" IS DISTINCT FROM OLD."unit"
  OR NEW."route" IS DISTINCT FROM OLD."route"
  OR NEW."administrations" IS DISTINCT FROM OLD."administrations"
  OR NEW."given_at" IS DISTINCT FROM OLD."given_at"
  OR NEW."given_on" IS DISTINCT FROM OLD."given_on"
  OR NEW."height_cm" IS DISTINCT FROM OLD."height_cm"
  OR NEW."weight_kg" IS DISTINCT FROM OLD."weight_kg"
  OR NEW."bsa_m2" IS DISTINCT FROM OLD."bsa_m2"
  OR NEW."cap" IS DISTINCT FROM OLD."cap"
  OR NEW."cap_source" IS DISTINCT FROM OLD."cap_source"
  OR NEW."cap_plan_version_id" IS DISTINCT FROM OLD."cap_plan_version_id"
  OR NEW."override_reason" IS DISTINCT FROM OLD."override_reason"
  OR NEW."recorded_by" IS DISTINCT FROM OLD."recorded_by"
  OR NEW."recorded_at" IS DISTINCT FROM OLD."recorded_at")
EXECUTE FUNCTION refuse_to_forget('doses: only status, error_reason, version may change, and only so (what was given is fixed; the entered-in-error mark is set once)');
--> statement-breakpoint
CREATE TRIGGER "cumulative_doses_no_delete" BEFORE DELETE ON "cumulative_doses"
FOR EACH ROW
EXECUTE FUNCTION refuse_to_forget('cumulative_doses: rows are never deleted (the sum of a patient''s doses of an agent, kept by every dose write with it)');
--> statement-breakpoint
CREATE TRIGGER "cumulative_doses_no_truncate" BEFORE TRUNCATE ON "cumulative_doses"
FOR EACH STATEMENT
EXECUTE FUNCTION refuse_to_forget('cumulative_doses: rows are never deleted (the sum of a patient''s doses of an agent, kept by every dose write with it)');
--> statement-breakpoint
CREATE TRIGGER "cumulative_doses_frozen" BEFORE UPDATE ON "cumulative_doses"
FOR EACH ROW
WHEN (NEW."id" IS DISTINCT FROM OLD."id"
  OR NEW."patient_id" IS DISTINCT FROM OLD."patient_id"
  OR NEW."agent" IS DISTINCT FROM OLD."agent")
EXECUTE FUNCTION refuse_to_forget('cumulative_doses: only total, updated_at may change, and only so (the sum of a patient''s doses of an agent, kept by every dose write with it)');
--> statement-breakpoint
CREATE TRIGGER "assessments_no_delete" BEFORE DELETE ON "assessments"
FOR EACH ROW
EXECUTE FUNCTION refuse_to_forget('assessments: rows are never deleted (amended in place with a reason; each earlier version kept)');
--> statement-breakpoint
CREATE TRIGGER "assessments_no_truncate" BEFORE TRUNCATE ON "assessments"
FOR EACH STATEMENT
EXECUTE FUNCTION refuse_to_forget('assessments: rows are never deleted (amended in place with a reason; each earlier version kept)');
--> statement-breakpoint
CREATE TRIGGER "self_report_invitations_no_delete" BEFORE DELETE ON "self_report_invitations"
FOR EACH ROW
EXECUTE FUNCTION refuse_to_forget('self_report_invitations: rows are never deleted (a code is used up by the self-report that names it; its first opening is stamped once)');
--> statement-breakpoint
CREATE TRIGGER "self_report_invitations_no_truncate" BEFORE TRUNCATE ON "self_report_invitations"
FOR EACH STATEMENT
EXECUTE FUNCTION refuse_to_forget('self_report_invitations: rows are never deleted (a code is used up by the self-report that names it; its first opening is stamped once)');
--> statement-breakpoint
CREATE TRIGGER "self_report_invitations_frozen" BEFORE UPDATE ON "self_report_invitations"
FOR EACH ROW
WHEN (NOT (OLD.opened_at IS NULL)
  OR NEW."id" IS DISTINCT FROM OLD."id"
  OR NEW."code_hash" IS DISTINCT FROM OLD."code_hash"
  OR NEW."patient_id" IS DISTINCT FROM OLD."patient_id"
  OR NEW."issued_by" IS DISTINCT FROM OLD."issued_by"
  OR NEW."issued_at" IS DISTINCT FROM OLD."issued_at"
  OR NEW."expires_at" IS DISTINCT FROM OLD."expires_at")
EXECUTE FUNCTION refuse_to_forget('self_report_invitations: only opened_at may change, and only so (a code is used up by the self-report that names it; its first opening is stamped once)');
--> statement-breakpoint
CREATE TRIGGER "self_reports_no_delete" BEFORE DELETE ON "self_reports"
FOR EACH ROW
EXECUTE FUNCTION refuse_to_forget('self_reports: rows are never deleted (what a patient reported, as sent)');
--> statement-breakpoint
CREATE TRIGGER "self_reports_no_truncate" BEFORE TRUNCATE ON "self_reports"
FOR EACH STATEMENT
EXECUTE FUNCTION refuse_to_forget('self_reports: rows are never deleted (what a patient reported, as sent)');
--> statement-breakpoint
CREATE TRIGGER "self_reports_no_update" BEFORE UPDATE ON "self_reports"
FOR EACH ROW
EXECUTE FUNCTION refuse_to_forget('self_reports: rows are never changed (what a patient reported, as sent)');
--> statement-breakpoint
CREATE TRIGGER "assessment_versions_no_delete" BEFORE DELETE ON "assessment_versions"
FOR EACH ROW
EXECUTE FUNCTION refuse_to_forget('assessment_versions: rows are never deleted (the earlier versions of an amended exam)');
--> statement-breakpoint
CREATE TRIGGER "assessment_versions_no_truncate" BEFORE TRUNCATE ON "assessment_versions"
FOR EACH STATEMENT
EXECUTE FUNCTION refuse_to_forget('assessment_versions: rows are never deleted (the earlier versions of an amended exam)');
--> statement-breakpoint
CREATE TRIGGER "assessment_versions_no_update" BEFORE UPDATE ON "assessment_versions"
FOR EACH ROW
EXECUTE FUNCTION refuse_to_forget('assessment_versions: rows are never changed (the earlier versions of an amended exam)');
--> statement-breakpoint
CREATE TRIGGER "plan_versions_no_delete" BEFORE DELETE ON "plan_versions"
FOR EACH ROW
EXECUTE FUNCTION refuse_to_forget('plan_versions: rows are never deleted (the terms signed are fixed; only draft, in force and superseded move on)');
--> statement-breakpoint
CREATE TRIGGER "plan_versions_no_truncate" BEFORE TRUNCATE ON "plan_versions"
FOR EACH STATEMENT
EXECUTE FUNCTION refuse_to_forget('plan_versions: rows are never deleted (the terms signed are fixed; only draft, in force and superseded move on)');
--> statement-breakpoint
CREATE TRIGGER "plan_versions_frozen" BEFORE UPDATE ON "plan_versions"
FOR EACH ROW
WHEN (NOT (OLD.status <> 'superseded')
  OR NEW."id" IS DISTINCT FROM OLD."id"
  OR NEW."patient_id" IS DISTINCT FROM OLD."patient_id"
  OR NEW."agent" IS DISTINCT FROM OLD."agent"
  OR NEW."version" IS DISTINCT FROM OLD."version"
  OR NEW."cumulative_limit" IS DISTINCT FROM OLD."cumulative_limit"
  OR NEW."warn_fraction" IS DISTINCT FROM OLD."warn_fraction"
  OR NEW."dose_cap" IS DISTINCT FROM OLD."dose_cap"
  OR NEW."dose_cap_source" IS DISTINCT FROM OLD."dose_cap_source"
  OR NEW."rules" IS DISTINCT FROM OLD."rules"
  OR NEW."notes" IS DISTINCT FROM OLD."notes"
  OR NEW."created_by" IS DISTINCT FROM OLD."created_by"
  OR NEW."created_at" IS DISTINCT FROM OLD."created_at")
EXECUTE FUNCTION refuse_to_forget('plan_versions: only status, in_force_at may change, and only so (the terms signed are fixed; only draft, in force and superseded move on)');
--> statement-breakpoint
CREATE TRIGGER "plan_signatures_no_delete" BEFORE DELETE ON "plan_signatures"
FOR EACH ROW
EXECUTE FUNCTION refuse_to_forget('plan_signatures: rows are never deleted (an electronic signature)');
--> statement-breakpoint
CREATE TRIGGER "plan_signatures_no_truncate" BEFORE TRUNCATE ON "plan_signatures"
FOR EACH STATEMENT
EXECUTE FUNCTION refuse_to_forget('plan_signatures: rows are never deleted (an electronic signature)');
--> statement-breakpoint
CREATE TRIGGER "plan_signatures_no_update" BEFORE UPDATE ON "plan_signatures"
FOR EACH ROW
EXECUTE FUNCTION refuse_to_forget('plan_signatures: rows are never changed (an electronic signature)');
--> statement-breakpoint
CREATE TRIGGER "alerts_no_delete" BEFORE DELETE ON "alerts"
FOR EACH ROW
EXECUTE FUNCTION refuse_to_forget('alerts: rows are never deleted (status moves open, acknowledged, resolved)');
--> statement-breakpoint
CREATE TRIGGER "alerts_no_truncate" BEFORE TRUNCATE ON "alerts"
FOR EACH STATEMENT
EXECUTE FUNCTION refuse_to_forget('alerts: rows are never deleted (status moves open, acknowledged, resolved)');
--> statement-breakpoint
CREATE TRIGGER "acknowledgements_no_delete" BEFORE DELETE ON "acknowledgements"
FOR EACH ROW
EXECUTE FUNCTION refuse_to_forget('acknowledgements: rows are never deleted (an oncologist''s decision)');
--> statement-breakpoint
CREATE TRIGGER "acknowledgements_no_truncate" BEFORE TRUNCATE ON "acknowledgements"
FOR EACH STATEMENT
EXECUTE FUNCTION refuse_to_forget('acknowledgements: rows are never deleted (an oncologist''s decision)');
--> statement-breakpoint
CREATE TRIGGER "acknowledgements_no_update" BEFORE UPDATE ON "acknowledgements"
FOR EACH ROW
EXECUTE FUNCTION refuse_to_forget('acknowledgements: rows are never changed (an oncologist''s decision)');
--> statement-breakpoint
CREATE TRIGGER "interventions_no_delete" BEFORE DELETE ON "interventions"
FOR EACH ROW
EXECUTE FUNCTION refuse_to_forget('interventions: rows are never deleted (supportive care; its end, response and notes change one version at a time)');
--> statement-breakpoint
CREATE TRIGGER "interventions_no_truncate" BEFORE TRUNCATE ON "interventions"
FOR EACH STATEMENT
EXECUTE FUNCTION refuse_to_forget('interventions: rows are never deleted (supportive care; its end, response and notes change one version at a time)');
--> statement-breakpoint
CREATE TRIGGER "interventions_frozen" BEFORE UPDATE ON "interventions"
FOR EACH ROW
WHEN (NOT (NEW.version = OLD.version + 1)
  OR NEW."id" IS DISTINCT FROM OLD."id"
  OR NEW."patient_id" IS DISTINCT FROM OLD."patient_id"
  OR NEW."kind" IS DISTINCT FROM OLD."kind"
  OR NEW."started_on" IS DISTINCT FROM OLD."started_on"
  OR NEW."dose" IS DISTINCT FROM OLD."dose"
  OR NEW."recorded_by" IS DISTINCT FROM OLD."recorded_by"
  OR NEW."recorded_at" IS DISTINCT FROM OLD."recorded_at")
EXECUTE FUNCTION refuse_to_forget('interventions: only ended_on, response, notes, version, updated_at may change, and only so (supportive care; its end, response and notes change one version at a time)');
--> statement-breakpoint
CREATE TRIGGER "notes_no_delete" BEFORE DELETE ON "notes"
FOR EACH ROW
EXECUTE FUNCTION refuse_to_forget('notes: rows are never deleted (a note on a cycle or an alert is kept as written; a second thought is a new note)');
--> statement-breakpoint
CREATE TRIGGER "notes_no_truncate" BEFORE TRUNCATE ON "notes"
FOR EACH STATEMENT
EXECUTE FUNCTION refuse_to_forget('notes: rows are never deleted (a note on a cycle or an alert is kept as written; a second thought is a new note)');
--> statement-breakpoint
CREATE TRIGGER "notes_no_update" BEFORE UPDATE ON "notes"
FOR EACH ROW
EXECUTE FUNCTION refuse_to_forget('notes: rows are never changed (a note on a cycle or an alert is kept as written; a second thought is a new note)');
--> statement-breakpoint
CREATE TRIGGER "cross_site_access_no_delete" BEFORE DELETE ON "cross_site_access"
FOR EACH ROW
EXECUTE FUNCTION refuse_to_forget('cross_site_access: rows are never deleted (who opened another site''s patient, and why)');
--> statement-breakpoint
CREATE TRIGGER "cross_site_access_no_truncate" BEFORE TRUNCATE ON "cross_site_access"
FOR EACH STATEMENT
EXECUTE FUNCTION refuse_to_forget('cross_site_access: rows are never deleted (who opened another site''s patient, and why)');
--> statement-breakpoint
CREATE TRIGGER "cross_site_access_no_update" BEFORE UPDATE ON "cross_site_access"
FOR EACH ROW
EXECUTE FUNCTION refuse_to_forget('cross_site_access: rows are never changed (who opened another site''s patient, and why)');
--> statement-breakpoint
CREATE TRIGGER "audit_log_no_delete" BEFORE DELETE ON "audit_log"
FOR EACH ROW
EXECUTE FUNCTION refuse_to_forget('audit_log: rows are never deleted (the audit trail is append-only)');
--> statement-breakpoint
CREATE TRIGGER "audit_log_no_truncate" BEFORE TRUNCATE ON "audit_log"
FOR EACH STATEMENT
EXECUTE FUNCTION refuse_to_forget('audit_log: rows are never deleted (the audit trail is append-only)');
--> statement-breakpoint
CREATE TRIGGER "audit_log_no_update" BEFORE UPDATE ON "audit_log"
FOR EACH ROW
EXECUTE FUNCTION refuse_to_forget('audit_log: rows are never changed (the audit trail is append-only)');
