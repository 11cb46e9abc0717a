-- Written by `npm run db:protect` from db/protection.ts: the tables that refuse to forget.
CREATE TRIGGER "notes_no_delete" BEFORE DELETE ON "notes"
BEGIN
  SELECT RAISE(ABORT, 'notes: rows are never deleted (a note on a cycle or an alert is kept as written; a second thought is a new note)');
END;
--> statement-breakpoint
CREATE TRIGGER "notes_no_replace" BEFORE INSERT ON "notes"
WHEN EXISTS (SELECT 1 FROM "notes" WHERE "id" = NEW."id")
BEGIN
  SELECT RAISE(ABORT, 'notes: an existing row is never replaced (a note on a cycle or an alert is kept as written; a second thought is a new note)');
END;
--> statement-breakpoint
CREATE TRIGGER "notes_no_update" BEFORE UPDATE ON "notes"
BEGIN
  SELECT RAISE(ABORT, 'notes: rows are never changed (a note on a cycle or an alert is kept as written; a second thought is a new note)');
END;
