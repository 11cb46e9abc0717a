-- The protection triggers of doses and plan_versions (db/protection.ts) refuse these one-off
-- updates; they are dropped here and re-created, with the new columns frozen, by the next migration.
DROP TRIGGER "doses_frozen";
--> statement-breakpoint
DROP TRIGGER "plan_versions_frozen";
--> statement-breakpoint
-- Doses recorded before each dose kept the figures it was judged with (docs/clinical-rules.md,
-- "Dose caps"). Height and weight: the patient's as they were when the dose was recorded, read
-- from the first later patient update in the audit trail (its "before"), else as they are now.
UPDATE doses SET
  height_cm = COALESCE(
    (SELECT json_extract(a.before, '$.heightCm') FROM audit_log a
      WHERE a.entity = 'patient' AND a.entity_id = doses.patient_id AND a.action = 'patient.update'
        AND a.at > doses.recorded_at ORDER BY a.at, a.id LIMIT 1),
    (SELECT p.height_cm FROM patients p WHERE p.id = doses.patient_id)),
  weight_kg = COALESCE(
    (SELECT json_extract(a.before, '$.weightKg') FROM audit_log a
      WHERE a.entity = 'patient' AND a.entity_id = doses.patient_id AND a.action = 'patient.update'
        AND a.at > doses.recorded_at ORDER BY a.at, a.id LIMIT 1),
    (SELECT p.weight_kg FROM patients p WHERE p.id = doses.patient_id));
--> statement-breakpoint
-- Mosteller.
UPDATE doses SET bsa_m2 = sqrt(height_cm * weight_kg / 3600.0);
--> statement-breakpoint
-- Until now a plan's null doseCap meant the agent's default.
UPDATE plan_versions SET dose_cap_source = 'agent-default' WHERE dose_cap IS NULL;
--> statement-breakpoint
-- The plan version in force when the dose was recorded.
UPDATE doses SET cap_plan_version_id = (
  SELECT pv.id FROM plan_versions pv
  WHERE pv.patient_id = doses.patient_id AND pv.agent = doses.agent
    AND pv.in_force_at IS NOT NULL AND pv.in_force_at <= doses.recorded_at
  ORDER BY pv.in_force_at DESC LIMIT 1);
--> statement-breakpoint
UPDATE doses SET cap_source = COALESCE(
  (SELECT pv.dose_cap_source FROM plan_versions pv WHERE pv.id = doses.cap_plan_version_id), 'agent-default');
--> statement-breakpoint
UPDATE doses SET cap = (SELECT pv.dose_cap FROM plan_versions pv WHERE pv.id = doses.cap_plan_version_id)
WHERE cap_source = 'plan';
--> statement-breakpoint
-- The agents' default caps as the library held them at this migration: cisplatin 100 mg/m2 per
-- cycle, carboplatin 900 mg, vincristine 2 mg, brentuximab the dose at 100 kg of the course's level.
UPDATE doses SET cap = CASE agent
  WHEN 'cisplatin' THEN 100
  WHEN 'carboplatin' THEN 900
  WHEN 'vincristine' THEN 2
  WHEN 'brentuximab-vedotin' THEN 100 * (
    SELECT ca.dose FROM course_agents ca JOIN cycles c ON c.course_id = ca.course_id
    WHERE c.id = doses.cycle_id AND ca.agent = doses.agent)
  END
WHERE cap_source = 'agent-default';
