-- Written by `npm run db:protect` from db/protection.ts: the tables that refuse to forget.
CREATE TRIGGER "cumulative_doses_no_delete" BEFORE DELETE ON "cumulative_doses"
BEGIN
  SELECT RAISE(ABORT, 'cumulative_doses: rows are never deleted (the sum of a patient''s doses of an agent, kept by every dose write with it)');
END;
--> statement-breakpoint
CREATE TRIGGER "cumulative_doses_no_replace" BEFORE INSERT ON "cumulative_doses"
WHEN EXISTS (SELECT 1 FROM "cumulative_doses" WHERE "id" = NEW."id")
  OR EXISTS (SELECT 1 FROM "cumulative_doses" WHERE "patient_id" = NEW."patient_id" AND "agent" = NEW."agent")
BEGIN
  SELECT RAISE(ABORT, 'cumulative_doses: an existing row is never replaced (the sum of a patient''s doses of an agent, kept by every dose write with it)');
END;
--> statement-breakpoint
CREATE TRIGGER "cumulative_doses_no_replace_on_update" BEFORE UPDATE ON "cumulative_doses"
WHEN EXISTS (SELECT 1 FROM "cumulative_doses" WHERE "id" = NEW."id" AND rowid <> OLD.rowid)
  OR EXISTS (SELECT 1 FROM "cumulative_doses" WHERE "patient_id" = NEW."patient_id" AND "agent" = NEW."agent" AND rowid <> OLD.rowid)
BEGIN
  SELECT RAISE(ABORT, 'cumulative_doses: an update never replaces another row (the sum of a patient''s doses of an agent, kept by every dose write with it)');
END;
--> statement-breakpoint
CREATE TRIGGER "cumulative_doses_frozen" BEFORE UPDATE ON "cumulative_doses"
WHEN NEW."id" IS NOT OLD."id"
  OR NEW."patient_id" IS NOT OLD."patient_id"
  OR NEW."agent" IS NOT OLD."agent"
BEGIN
  SELECT RAISE(ABORT, 'cumulative_doses: only total, updated_at may change, and only so (the sum of a patient''s doses of an agent, kept by every dose write with it)');
END;
