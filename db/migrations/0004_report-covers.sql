CREATE TABLE `report_covers` (
	`workspace_id` integer PRIMARY KEY NOT NULL,
	`prepared_for` text,
	`prepared_by` text,
	`logo` text,
	`notes` text DEFAULT '{}' NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade
);
