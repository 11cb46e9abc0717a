CREATE TABLE `self_report_failures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client` text NOT NULL,
	`at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `self_report_failures_client` ON `self_report_failures` (`client`,`at`);--> statement-breakpoint
CREATE TABLE `self_report_invitations` (
	`id` text PRIMARY KEY NOT NULL,
	`code_hash` text NOT NULL,
	`patient_id` text NOT NULL,
	`issued_by` text NOT NULL,
	`issued_at` text NOT NULL,
	`expires_at` text NOT NULL,
	FOREIGN KEY (`patient_id`) REFERENCES `patients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`issued_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `self_report_invitations_code` ON `self_report_invitations` (`code_hash`);--> statement-breakpoint
CREATE INDEX `self_report_invitations_patient` ON `self_report_invitations` (`patient_id`);--> statement-breakpoint
CREATE TABLE `self_reports` (
	`id` text PRIMARY KEY NOT NULL,
	`patient_id` text NOT NULL,
	`invitation_id` text NOT NULL,
	`reported_on` text NOT NULL,
	`submitted_at` text NOT NULL,
	`answers` text NOT NULL,
	FOREIGN KEY (`patient_id`) REFERENCES `patients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`invitation_id`) REFERENCES `self_report_invitations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `self_reports_invitation` ON `self_reports` (`invitation_id`);--> statement-breakpoint
CREATE INDEX `self_reports_patient` ON `self_reports` (`patient_id`,`submitted_at`);--> statement-breakpoint
ALTER TABLE `assessments` ADD `self_report_id` text REFERENCES self_reports(id);