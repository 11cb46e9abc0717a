CREATE TABLE `acknowledgements` (
	`id` text PRIMARY KEY NOT NULL,
	`alert_id` text NOT NULL,
	`decision` text NOT NULL,
	`reason` text NOT NULL,
	`user_id` text NOT NULL,
	`decided_at` text NOT NULL,
	FOREIGN KEY (`alert_id`) REFERENCES `alerts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `acknowledgements_alert_id_unique` ON `acknowledgements` (`alert_id`);--> statement-breakpoint
CREATE TABLE `alerts` (
	`id` text PRIMARY KEY NOT NULL,
	`patient_id` text NOT NULL,
	`key` text NOT NULL,
	`kind` text NOT NULL,
	`severity` text NOT NULL,
	`agent` text NOT NULL,
	`message` text NOT NULL,
	`status` text NOT NULL,
	`cycle_id` text,
	`course_id` text,
	`dose_id` text,
	`assessment_id` text,
	`plan_version_id` text,
	`raised_at` text NOT NULL,
	`resolved_at` text,
	`resolved_reason` text,
	FOREIGN KEY (`patient_id`) REFERENCES `patients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`cycle_id`) REFERENCES `cycles`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`course_id`) REFERENCES `courses`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`dose_id`) REFERENCES `doses`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assessment_id`) REFERENCES `assessments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`plan_version_id`) REFERENCES `plan_versions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `alerts_patient` ON `alerts` (`patient_id`,`status`);--> statement-breakpoint
CREATE INDEX `alerts_status` ON `alerts` (`status`,`severity`);--> statement-breakpoint
CREATE TABLE `assessment_versions` (
	`id` text PRIMARY KEY NOT NULL,
	`assessment_id` text NOT NULL,
	`version` integer NOT NULL,
	`snapshot` text NOT NULL,
	`replaced_by` text NOT NULL,
	`replaced_at` text NOT NULL,
	`reason` text NOT NULL,
	FOREIGN KEY (`assessment_id`) REFERENCES `assessments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`replaced_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `assessment_versions_version` ON `assessment_versions` (`assessment_id`,`version`);--> statement-breakpoint
CREATE TABLE `assessments` (
	`id` text PRIMARY KEY NOT NULL,
	`patient_id` text NOT NULL,
	`cycle_id` text,
	`assessed_on` text NOT NULL,
	`findings` text NOT NULL,
	`sensory_grade` integer NOT NULL,
	`motor_grade` integer NOT NULL,
	`notes` text,
	`status` text NOT NULL,
	`status_reason` text,
	`version` integer DEFAULT 1 NOT NULL,
	`recorded_by` text NOT NULL,
	`recorded_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`patient_id`) REFERENCES `patients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`cycle_id`) REFERENCES `cycles`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `assessments_patient` ON `assessments` (`patient_id`,`assessed_on`);--> statement-breakpoint
CREATE INDEX `assessments_cycle` ON `assessments` (`cycle_id`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`user_id` text,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`patient_id` text,
	`before` text,
	`after` text
);
--> statement-breakpoint
CREATE INDEX `audit_user` ON `audit_log` (`user_id`,`at`);--> statement-breakpoint
CREATE INDEX `audit_patient` ON `audit_log` (`patient_id`,`at`);--> statement-breakpoint
CREATE INDEX `audit_at` ON `audit_log` (`at`);--> statement-breakpoint
CREATE TABLE `course_agents` (
	`id` text PRIMARY KEY NOT NULL,
	`course_id` text NOT NULL,
	`agent` text NOT NULL,
	`dose` real NOT NULL,
	`unit` text NOT NULL,
	`route` text,
	`administrations_per_cycle` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`course_id`) REFERENCES `courses`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `course_agents_course_agent` ON `course_agents` (`course_id`,`agent`);--> statement-breakpoint
CREATE TABLE `courses` (
	`id` text PRIMARY KEY NOT NULL,
	`patient_id` text NOT NULL,
	`name` text NOT NULL,
	`start_date` text NOT NULL,
	`cycle_length_days` integer NOT NULL,
	`setting` text,
	`created_by` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`patient_id`) REFERENCES `patients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `courses_patient` ON `courses` (`patient_id`);--> statement-breakpoint
CREATE TABLE `cycles` (
	`id` text PRIMARY KEY NOT NULL,
	`course_id` text NOT NULL,
	`patient_id` text NOT NULL,
	`number` integer NOT NULL,
	`date` text NOT NULL,
	`status` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`course_id`) REFERENCES `courses`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`patient_id`) REFERENCES `patients`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cycles_course_number` ON `cycles` (`course_id`,`number`);--> statement-breakpoint
CREATE INDEX `cycles_date` ON `cycles` (`date`);--> statement-breakpoint
CREATE INDEX `cycles_patient` ON `cycles` (`patient_id`);--> statement-breakpoint
CREATE TABLE `doses` (
	`id` text PRIMARY KEY NOT NULL,
	`patient_id` text NOT NULL,
	`cycle_id` text NOT NULL,
	`agent` text NOT NULL,
	`dose` real NOT NULL,
	`unit` text NOT NULL,
	`route` text,
	`administrations` integer DEFAULT 1 NOT NULL,
	`given_at` text,
	`given_on` text NOT NULL,
	`status` text NOT NULL,
	`error_reason` text,
	`version` integer DEFAULT 1 NOT NULL,
	`recorded_by` text NOT NULL,
	`recorded_at` text NOT NULL,
	FOREIGN KEY (`patient_id`) REFERENCES `patients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`cycle_id`) REFERENCES `cycles`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `doses_patient` ON `doses` (`patient_id`);--> statement-breakpoint
CREATE INDEX `doses_cycle` ON `doses` (`cycle_id`);--> statement-breakpoint
CREATE TABLE `patients` (
	`id` text PRIMARY KEY NOT NULL,
	`mrn` text NOT NULL,
	`family_name` text NOT NULL,
	`given_name` text NOT NULL,
	`birth_date` text NOT NULL,
	`sex` text NOT NULL,
	`height_cm` real NOT NULL,
	`weight_kg` real NOT NULL,
	`diagnosis` text,
	`risk_factors` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `patients_mrn_nocase` ON `patients` (upper("mrn"));--> statement-breakpoint
CREATE INDEX `patients_name` ON `patients` (`family_name`,`given_name`);--> statement-breakpoint
CREATE TABLE `plan_signatures` (
	`id` text PRIMARY KEY NOT NULL,
	`plan_version_id` text NOT NULL,
	`user_id` text NOT NULL,
	`role` text NOT NULL,
	`meaning` text NOT NULL,
	`signed_at` text NOT NULL,
	FOREIGN KEY (`plan_version_id`) REFERENCES `plan_versions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `plan_signatures_once` ON `plan_signatures` (`plan_version_id`,`user_id`);--> statement-breakpoint
CREATE TABLE `plan_versions` (
	`id` text PRIMARY KEY NOT NULL,
	`patient_id` text NOT NULL,
	`agent` text NOT NULL,
	`version` integer NOT NULL,
	`status` text NOT NULL,
	`cumulative_limit` real,
	`warn_fraction` real NOT NULL,
	`dose_cap` real,
	`rules` text NOT NULL,
	`notes` text,
	`created_by` text NOT NULL,
	`created_at` text NOT NULL,
	`in_force_at` text,
	FOREIGN KEY (`patient_id`) REFERENCES `patients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `plan_versions_version` ON `plan_versions` (`patient_id`,`agent`,`version`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`created_at` text NOT NULL,
	`last_seen_at` text NOT NULL,
	`revoked_at` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sessions_user` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `sign_in_failures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`username` text NOT NULL,
	`address` text NOT NULL,
	`at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `sign_in_failures_username` ON `sign_in_failures` (`username`,`at`);--> statement-breakpoint
CREATE INDEX `sign_in_failures_address` ON `sign_in_failures` (`address`,`at`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`username` text NOT NULL,
	`display_name` text NOT NULL,
	`role` text NOT NULL,
	`password_hash` text NOT NULL,
	`disabled` integer DEFAULT false NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_username_nocase` ON `users` (lower("username"));