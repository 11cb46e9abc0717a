-- Written by `npm run db:protect` from db/protection.ts: the tables that refuse to forget.
DROP TRIGGER "self_report_invitations_no_update";
--> statement-breakpoint
DROP TRIGGER "self_report_invitations_no_delete";
--> statement-breakpoint
CREATE TRIGGER "self_report_invitations_no_delete" BEFORE DELETE ON "self_report_invitations"
BEGIN
  SELECT RAISE(ABORT, 'self_report_invitations: rows are never deleted (a code is used up by the self-report that names it; its first opening is stamped once)');
END;
--> statement-breakpoint
DROP TRIGGER "self_report_invitations_no_replace";
--> statement-breakpoint
CREATE TRIGGER "self_report_invitations_no_replace" BEFORE INSERT ON "self_report_invitations"
WHEN EXISTS (SELECT 1 FROM "self_report_invitations" WHERE "id" = NEW."id")
  OR EXISTS (SELECT 1 FROM "self_report_invitations" WHERE "code_hash" = NEW."code_hash")
BEGIN
  SELECT RAISE(ABORT, 'self_report_invitations: an existing row is never replaced (a code is used up by the self-report that names it; its first opening is stamped once)');
END;
--> statement-breakpoint
CREATE TRIGGER "self_report_invitations_no_replace_on_update" BEFORE UPDATE ON "self_report_invitations"
WHEN EXISTS (SELECT 1 FROM "self_report_invitations" WHERE "id" = NEW."id" AND rowid <> OLD.rowid)
  OR EXISTS (SELECT 1 FROM "self_report_invitations" WHERE "code_hash" = NEW."code_hash" AND rowid <> OLD.rowid)
BEGIN
  SELECT RAISE(ABORT, 'self_report_invitations: an update never replaces another row (a code is used up by the self-report that names it; its first opening is stamped once)');
END;
--> statement-breakpoint
CREATE TRIGGER "self_report_invitations_frozen" BEFORE UPDATE ON "self_report_invitations"
WHEN NOT (OLD.opened_at IS NULL)
  OR NEW."id" IS NOT OLD."id"
  OR NEW."code_hash" IS NOT OLD."code_hash"
  OR NEW."patient_id" IS NOT OLD."patient_id"
  OR NEW."issued_by" IS NOT OLD."issued_by"
  OR NEW."issued_at" IS NOT OLD."issued_at"
  OR NEW."expires_at" IS NOT OLD."expires_at"
BEGIN
  SELECT RAISE(ABORT, 'self_report_invitations: only opened_at may change, and only so (a code is used up by the self-report that names it; its first opening is stamped once)');
END;
