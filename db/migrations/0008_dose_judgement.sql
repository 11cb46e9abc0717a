ALTER TABLE `doses` ADD `height_cm` real DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `doses` ADD `weight_kg` real DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `doses` ADD `bsa_m2` real DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `doses` ADD `cap` real;--> statement-breakpoint
ALTER TABLE `doses` ADD `cap_source` text DEFAULT 'agent-default' NOT NULL;--> statement-breakpoint
ALTER TABLE `doses` ADD `cap_plan_version_id` text;--> statement-breakpoint
ALTER TABLE `plan_versions` ADD `dose_cap_source` text DEFAULT 'plan' NOT NULL;