DROP INDEX `doses_patient_agent`;--> statement-breakpoint
CREATE INDEX `doses_given_on` ON `doses` (`given_on`);--> statement-breakpoint
CREATE INDEX `doses_patient_agent` ON `doses` (`patient_id`,`agent`,`given_on`);