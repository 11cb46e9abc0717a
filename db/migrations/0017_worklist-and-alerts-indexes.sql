DROP INDEX `doses_patient`;--> statement-breakpoint
CREATE INDEX `doses_patient_agent` ON `doses` (`patient_id`,`agent`);--> statement-breakpoint
CREATE INDEX `alerts_status_raised` ON `alerts` (`status`,`raised_at`);--> statement-breakpoint
CREATE INDEX `alerts_cycle` ON `alerts` (`cycle_id`);