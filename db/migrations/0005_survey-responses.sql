CREATE TABLE `survey_responses` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`workspace_id` integer NOT NULL,
	`import_id` integer NOT NULL,
	`employee_id` integer NOT NULL,
	`role_id` integer NOT NULL,
	`submitted_at` text,
	`q1` integer NOT NULL,
	`q2` integer NOT NULL,
	`q3` integer NOT NULL,
	`q4` integer NOT NULL,
	`q5` integer NOT NULL,
	`q6` integer NOT NULL,
	`q7` integer NOT NULL,
	`q8` integer NOT NULL,
	`q9` integer NOT NULL,
	`q10` integer NOT NULL,
	`ai_use` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`employee_id`) REFERENCES `employees`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`role_id`) REFERENCES `roles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `survey_workspace_employee_idx` ON `survey_responses` (`workspace_id`,`employee_id`);--> statement-breakpoint
CREATE INDEX `survey_import_idx` ON `survey_responses` (`import_id`);