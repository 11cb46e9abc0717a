CREATE TABLE `cross_site_access` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`patient_id` text NOT NULL,
	`session_tag` text NOT NULL,
	`site_id` text NOT NULL,
	`reason` text NOT NULL,
	`at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`patient_id`) REFERENCES `patients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `cross_site_access_user_patient` ON `cross_site_access` (`user_id`,`patient_id`,`session_tag`);--> statement-breakpoint
CREATE TABLE `sites` (
	`id` text PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sites_code_nocase` ON `sites` (upper("code"));--> statement-breakpoint
-- The install's first site (lib/domain/sites.ts, DEFAULT_SITE_ID): every course and user so far is there.
INSERT INTO `sites` (`id`, `code`, `name`, `created_at`) VALUES ('default', 'MAIN', 'Main infusion centre', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));--> statement-breakpoint
ALTER TABLE `courses` ADD `site_id` text DEFAULT 'default' NOT NULL REFERENCES sites(id);--> statement-breakpoint
CREATE INDEX `courses_patient_site` ON `courses` (`patient_id`,`site_id`);--> statement-breakpoint
ALTER TABLE `users` ADD `site_id` text DEFAULT 'default' NOT NULL REFERENCES sites(id);