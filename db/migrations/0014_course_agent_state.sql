CREATE TABLE `course_agent_changes` (
	`id` text PRIMARY KEY NOT NULL,
	`course_agent_id` text NOT NULL,
	`course_id` text NOT NULL,
	`patient_id` text NOT NULL,
	`agent` text NOT NULL,
	`decision` text NOT NULL,
	`from_dose` real NOT NULL,
	`to_dose` real NOT NULL,
	`from_status` text NOT NULL,
	`to_status` text NOT NULL,
	`reason` text NOT NULL,
	`alert_ids` text NOT NULL,
	`user_id` text NOT NULL,
	`at` text NOT NULL,
	FOREIGN KEY (`course_agent_id`) REFERENCES `course_agents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`course_id`) REFERENCES `courses`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`patient_id`) REFERENCES `patients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `course_agent_changes_patient` ON `course_agent_changes` (`patient_id`,`at`);--> statement-breakpoint
ALTER TABLE `course_agents` ADD `current_dose` real DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `course_agents` ADD `status` text DEFAULT 'active' NOT NULL;