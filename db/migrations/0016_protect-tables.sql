-- Written by `npm run db:protect` from db/protection.ts: the tables that refuse to forget.
CREATE TRIGGER "course_agent_changes_no_delete" BEFORE DELETE ON "course_agent_changes"
BEGIN
  SELECT RAISE(ABORT, 'course_agent_changes: rows are never deleted (what an oncologist''s decision changed on a course agent)');
END;
--> statement-breakpoint
CREATE TRIGGER "course_agent_changes_no_replace" BEFORE INSERT ON "course_agent_changes"
WHEN EXISTS (SELECT 1 FROM "course_agent_changes" WHERE "id" = NEW."id")
BEGIN
  SELECT RAISE(ABORT, 'course_agent_changes: an existing row is never replaced (what an oncologist''s decision changed on a course agent)');
END;
--> statement-breakpoint
CREATE TRIGGER "course_agent_changes_no_update" BEFORE UPDATE ON "course_agent_changes"
BEGIN
  SELECT RAISE(ABORT, 'course_agent_changes: rows are never changed (what an oncologist''s decision changed on a course agent)');
END;
