CREATE TABLE `password_attempts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`purpose` text NOT NULL,
	`username` text NOT NULL,
	`client` text NOT NULL,
	`at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `password_attempts_account` ON `password_attempts` (`username`,`purpose`,`at`);--> statement-breakpoint
CREATE INDEX `password_attempts_at` ON `password_attempts` (`at`);--> statement-breakpoint
DROP TABLE `sign_in_failures`;