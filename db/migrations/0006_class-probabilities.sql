ALTER TABLE `task_texts` ADD `p_automatable` real;--> statement-breakpoint
ALTER TABLE `task_texts` ADD `p_democratized` real;--> statement-breakpoint
ALTER TABLE `task_texts` ADD `p_specialized` real;