-- What a patient reported, and the codes that let them, are never changed or removed: a code is
-- used up by the self-report that names it, not by an update.
CREATE TRIGGER self_reports_no_update BEFORE UPDATE ON self_reports
BEGIN
  SELECT RAISE(ABORT, 'self_reports are append-only');
END;
--> statement-breakpoint
CREATE TRIGGER self_reports_no_delete BEFORE DELETE ON self_reports
BEGIN
  SELECT RAISE(ABORT, 'self_reports are append-only');
END;
--> statement-breakpoint
CREATE TRIGGER self_report_invitations_no_update BEFORE UPDATE ON self_report_invitations
BEGIN
  SELECT RAISE(ABORT, 'self_report_invitations are append-only');
END;
--> statement-breakpoint
CREATE TRIGGER self_report_invitations_no_delete BEFORE DELETE ON self_report_invitations
BEGIN
  SELECT RAISE(ABORT, 'self_report_invitations are append-only');
END;
