CREATE TABLE `app_settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `audit_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`workspace_id` integer,
	`workspace_slug` text,
	`actor_user_id` integer,
	`actor` text NOT NULL,
	`action` text NOT NULL,
	`detail` text DEFAULT '{}' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audit_workspace_idx` ON `audit_events` (`workspace_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `employees` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`workspace_id` integer NOT NULL,
	`hash` text NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `employees_workspace_hash_uq` ON `employees` (`workspace_id`,`hash`);--> statement-breakpoint
CREATE TABLE `imports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`workspace_id` integer NOT NULL,
	`kind` text NOT NULL,
	`file_name` text NOT NULL,
	`checksum` text NOT NULL,
	`encoding` text NOT NULL,
	`delimiter` text NOT NULL,
	`status` text NOT NULL,
	`rows_read` integer NOT NULL,
	`rows_imported` integer NOT NULL,
	`notes` text DEFAULT '[]' NOT NULL,
	`actor` text NOT NULL,
	`started_at` text NOT NULL,
	`finished_at` text NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `imports_workspace_idx` ON `imports` (`workspace_id`,`kind`,`checksum`);--> statement-breakpoint
CREATE TABLE `memberships` (
	`user_id` integer NOT NULL,
	`workspace_id` integer NOT NULL,
	`role` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	PRIMARY KEY(`user_id`, `workspace_id`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `memberships_workspace_idx` ON `memberships` (`workspace_id`);--> statement-breakpoint
CREATE TABLE `overrides` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`workspace_id` integer NOT NULL,
	`norm` text NOT NULL,
	`class` text NOT NULL,
	`atom` text,
	`reason` text NOT NULL,
	`user_id` integer,
	`actor` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `overrides_workspace_norm_idx` ON `overrides` (`workspace_id`,`norm`,`id`);--> statement-breakpoint
CREATE TABLE `role_analysis` (
	`role_id` integer PRIMARY KEY NOT NULL,
	`workspace_id` integer NOT NULL,
	`weighting` text NOT NULL,
	`minutes_logged` real NOT NULL,
	`log_rows` integer NOT NULL,
	`employees` integer NOT NULL,
	`atomization` real NOT NULL,
	`main_cues` text DEFAULT '[]' NOT NULL,
	`analyzed_at` text NOT NULL,
	FOREIGN KEY (`role_id`) REFERENCES `roles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `role_employees` (
	`workspace_id` integer NOT NULL,
	`role_id` integer NOT NULL,
	`employee_id` integer NOT NULL,
	`minutes` real NOT NULL,
	PRIMARY KEY(`role_id`, `employee_id`),
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`role_id`) REFERENCES `roles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`employee_id`) REFERENCES `employees`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `re_workspace_idx` ON `role_employees` (`workspace_id`);--> statement-breakpoint
CREATE TABLE `role_rollups` (
	`workspace_id` integer NOT NULL,
	`role_id` integer NOT NULL,
	`class` text NOT NULL,
	`atom` text NOT NULL,
	`hours` real NOT NULL,
	`share` real NOT NULL,
	`tasks` integer NOT NULL,
	PRIMARY KEY(`role_id`, `class`, `atom`),
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`role_id`) REFERENCES `roles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `rr_workspace_idx` ON `role_rollups` (`workspace_id`);--> statement-breakpoint
CREATE TABLE `role_task_hours` (
	`workspace_id` integer NOT NULL,
	`role_id` integer NOT NULL,
	`text_id` integer NOT NULL,
	`source` text NOT NULL,
	`minutes` real NOT NULL,
	`log_rows` integer NOT NULL,
	`employees` integer NOT NULL,
	PRIMARY KEY(`role_id`, `text_id`),
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`role_id`) REFERENCES `roles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`text_id`) REFERENCES `task_texts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `rth_workspace_idx` ON `role_task_hours` (`workspace_id`);--> statement-breakpoint
CREATE TABLE `roles` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`workspace_id` integer NOT NULL,
	`import_id` integer,
	`role_key` text NOT NULL,
	`title` text NOT NULL,
	`department` text NOT NULL,
	`level` integer NOT NULL,
	`level_label` text NOT NULL,
	`headcount` real NOT NULL,
	`annual_cost` real,
	`location` text,
	`outcomes` text,
	`description` text,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `roles_workspace_key_uq` ON `roles` (`workspace_id`,`role_key`);--> statement-breakpoint
CREATE INDEX `roles_workspace_dept_idx` ON `roles` (`workspace_id`,`department`);--> statement-breakpoint
CREATE INDEX `roles_workspace_level_idx` ON `roles` (`workspace_id`,`level`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`expires_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sessions_user_idx` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `task_logs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`workspace_id` integer NOT NULL,
	`import_id` integer NOT NULL,
	`role_id` integer NOT NULL,
	`employee_id` integer NOT NULL,
	`date` text NOT NULL,
	`text_id` integer NOT NULL,
	`minutes` real NOT NULL,
	`tool` text,
	`outcome` text,
	`statement_id` integer,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`role_id`) REFERENCES `roles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`employee_id`) REFERENCES `employees`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`text_id`) REFERENCES `task_texts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `task_statements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`workspace_id` integer NOT NULL,
	`role_id` integer NOT NULL,
	`position` integer NOT NULL,
	`text` text NOT NULL,
	`text_id` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`role_id`) REFERENCES `roles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`text_id`) REFERENCES `task_texts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `task_statements_role_idx` ON `task_statements` (`role_id`,`position`);--> statement-breakpoint
CREATE TABLE `task_texts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`workspace_id` integer NOT NULL,
	`norm` text NOT NULL,
	`text` text NOT NULL,
	`class` text,
	`confidence` real,
	`atom` text,
	`cues` text,
	`rationale` text,
	`classifier_version` text,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `task_texts_workspace_norm_uq` ON `task_texts` (`workspace_id`,`norm`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`password_hash` text NOT NULL,
	`is_admin` integer DEFAULT false NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);--> statement-breakpoint
CREATE TABLE `workspaces` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`pseudonym_key` text NOT NULL,
	`k_threshold` integer DEFAULT 5 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `workspaces_slug_unique` ON `workspaces` (`slug`);