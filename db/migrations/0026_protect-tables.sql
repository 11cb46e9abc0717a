-- Written by `npm run db:protect` from db/protection.ts: the tables that refuse to forget.
CREATE TRIGGER "sites_no_delete" BEFORE DELETE ON "sites"
BEGIN
  SELECT RAISE(ABORT, 'sites: rows are never deleted (courses and users name their site; its code is fixed, its name may be corrected)');
END;
--> statement-breakpoint
CREATE TRIGGER "sites_no_replace" BEFORE INSERT ON "sites"
WHEN EXISTS (SELECT 1 FROM "sites" WHERE "id" = NEW."id")
  OR EXISTS (SELECT 1 FROM "sites" WHERE upper("code") = upper(NEW."code"))
BEGIN
  SELECT RAISE(ABORT, 'sites: an existing row is never replaced (courses and users name their site; its code is fixed, its name may be corrected)');
END;
--> statement-breakpoint
CREATE TRIGGER "sites_no_replace_on_update" BEFORE UPDATE ON "sites"
WHEN EXISTS (SELECT 1 FROM "sites" WHERE "id" = NEW."id" AND rowid <> OLD.rowid)
  OR EXISTS (SELECT 1 FROM "sites" WHERE upper("code") = upper(NEW."code") AND rowid <> OLD.rowid)
BEGIN
  SELECT RAISE(ABORT, 'sites: an update never replaces another row (courses and users name their site; its code is fixed, its name may be corrected)');
END;
--> statement-breakpoint
CREATE TRIGGER "sites_frozen" BEFORE UPDATE ON "sites"
WHEN NEW."id" IS NOT OLD."id"
  OR NEW."code" IS NOT OLD."code"
  OR NEW."created_at" IS NOT OLD."created_at"
BEGIN
  SELECT RAISE(ABORT, 'sites: only name may change, and only so (courses and users name their site; its code is fixed, its name may be corrected)');
END;
--> statement-breakpoint
CREATE TRIGGER "cross_site_access_no_delete" BEFORE DELETE ON "cross_site_access"
BEGIN
  SELECT RAISE(ABORT, 'cross_site_access: rows are never deleted (who opened another site''s patient, and why)');
END;
--> statement-breakpoint
CREATE TRIGGER "cross_site_access_no_replace" BEFORE INSERT ON "cross_site_access"
WHEN EXISTS (SELECT 1 FROM "cross_site_access" WHERE "id" = NEW."id")
BEGIN
  SELECT RAISE(ABORT, 'cross_site_access: an existing row is never replaced (who opened another site''s patient, and why)');
END;
--> statement-breakpoint
CREATE TRIGGER "cross_site_access_no_update" BEFORE UPDATE ON "cross_site_access"
BEGIN
  SELECT RAISE(ABORT, 'cross_site_access: rows are never changed (who opened another site''s patient, and why)');
END;
