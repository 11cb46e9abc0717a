CREATE TABLE `interventions` (
	`id` text PRIMARY KEY NOT NULL,
	`patient_id` text NOT NULL,
	`kind` text NOT NULL,
	`started_on` text NOT NULL,
	`ended_on` text,
	`dose` real,
	`response` text,
	`notes` text,
	`version` integer DEFAULT 1 NOT NULL,
	`recorded_by` text NOT NULL,
	`recorded_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`patient_id`) REFERENCES `patients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `interventions_patient` ON `interventions` (`patient_id`,`started_on`);