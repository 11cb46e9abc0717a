DROP INDEX `assessments_patient`;--> statement-breakpoint
CREATE INDEX `assessments_patient` ON `assessments` (`patient_id`,`assessed_on`,`recorded_at`);