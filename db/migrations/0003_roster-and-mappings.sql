CREATE TABLE `import_mappings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`workspace_id` integer NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`header_key` text NOT NULL,
	`mapping` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `import_mappings_name_uq` ON `import_mappings` (`workspace_id`,`kind`,`name`);--> statement-breakpoint
CREATE INDEX `import_mappings_header_idx` ON `import_mappings` (`workspace_id`,`header_key`);--> statement-breakpoint
CREATE TABLE `roster_people` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`workspace_id` integer NOT NULL,
	`import_id` integer NOT NULL,
	`role_id` integer NOT NULL,
	`person_hash` text NOT NULL,
	`employee_id_hash` text,
	`email_hash` text,
	`name_hash` text,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`role_id`) REFERENCES `roles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `roster_people_workspace_idx` ON `roster_people` (`workspace_id`,`role_id`);--> statement-breakpoint
CREATE INDEX `roster_people_employee_idx` ON `roster_people` (`workspace_id`,`employee_id_hash`);--> statement-breakpoint
CREATE INDEX `roster_people_email_idx` ON `roster_people` (`workspace_id`,`email_hash`);--> statement-breakpoint
CREATE INDEX `roster_people_name_idx` ON `roster_people` (`workspace_id`,`name_hash`);--> statement-breakpoint
ALTER TABLE `roles` ADD `jd_headcount` real;--> statement-breakpoint
ALTER TABLE `roles` ADD `roster_headcount` integer;