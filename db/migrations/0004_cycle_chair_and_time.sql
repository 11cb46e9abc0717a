ALTER TABLE `cycles` ADD `chair` text;--> statement-breakpoint
ALTER TABLE `cycles` ADD `appointment_time` text;