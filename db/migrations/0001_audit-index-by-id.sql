DROP INDEX `audit_workspace_idx`;--> statement-breakpoint
CREATE INDEX `audit_workspace_idx` ON `audit_events` (`workspace_id`,`id`);