-- Supportive care is a clinical record: never deleted, and changed only through the versioned
-- update of its end, response and notes (PATCH /api/interventions/{id}), one version at a time.
CREATE TRIGGER interventions_no_delete BEFORE DELETE ON interventions
BEGIN
  SELECT RAISE(ABORT, 'interventions are never deleted');
END;
--> statement-breakpoint
CREATE TRIGGER interventions_versioned_update BEFORE UPDATE ON interventions
WHEN NEW.version IS NOT OLD.version + 1
  OR NEW.id IS NOT OLD.id
  OR NEW.patient_id IS NOT OLD.patient_id
  OR NEW.kind IS NOT OLD.kind
  OR NEW.started_on IS NOT OLD.started_on
  OR NEW.dose IS NOT OLD.dose
  OR NEW.recorded_by IS NOT OLD.recorded_by
  OR NEW.recorded_at IS NOT OLD.recorded_at
BEGIN
  SELECT RAISE(ABORT, 'interventions change only their end, response and notes, one version at a time');
END;
