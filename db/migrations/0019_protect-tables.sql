-- Written by `npm run db:protect` from db/protection.ts: the tables that refuse to forget.
DROP TRIGGER "doses_frozen";
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
  OR NEW."height_cm" IS NOT OLD."height_cm"
  OR NEW."weight_kg" IS NOT OLD."weight_kg"
  OR NEW."bsa_m2" IS NOT OLD."bsa_m2"
  OR NEW."cap" IS NOT OLD."cap"
  OR NEW."cap_source" IS NOT OLD."cap_source"
  OR NEW."cap_plan_version_id" IS NOT OLD."cap_plan_version_id"
  OR NEW."override_reason" IS NOT OLD."override_reason"
  OR NEW."recorded_by" IS NOT OLD."recorded_by"
  OR NEW."recorded_at" IS NOT OLD."recorded_at"
BEGIN
  SELECT RAISE(ABORT, 'doses: only status, error_reason, version may change, and only so (what was given is fixed; the entered-in-error mark is set once)');
END;
