CREATE TABLE `class_range_sums` (
	`workspace_id` integer NOT NULL,
	`department` text,
	`hours` real NOT NULL,
	`expected_automatable` real NOT NULL,
	`expected_democratized` real NOT NULL,
	`expected_specialized` real NOT NULL,
	`variance_automatable` real NOT NULL,
	`variance_democratized` real NOT NULL,
	`variance_specialized` real NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `crs_workspace_department_idx` ON `class_range_sums` (`workspace_id`,`department`);