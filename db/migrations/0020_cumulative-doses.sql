CREATE TABLE `cumulative_doses` (
	`id` text PRIMARY KEY NOT NULL,
	`patient_id` text NOT NULL,
	`agent` text NOT NULL,
	`total` real NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`patient_id`) REFERENCES `patients`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cumulative_doses_patient_agent` ON `cumulative_doses` (`patient_id`,`agent`);