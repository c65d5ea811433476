/**
 * `orbital user add|grant|revoke|list`: accounts and workspace access from the shell, through
 * the same module the web pages use (app/auth/accounts.server.ts), with the same audit events.
 */
import type { Command } from "commander";
import { defaultDatabasePath, type Connection } from "../../db/connection";
import { listWorkspacesOfUser, ROLES, type Role } from "../../db/queries/memberships";
import { listUsers } from "../../db/queries/users";
import { AccountError, CLI_ACTOR, createAccount, grantRole, revokeRole } from "../../app/auth/accounts.server";
import { CliError, EXIT } from "../errors";
import { openForCommand } from "../open-database";

interface DbOption {
  db: string;
}

async function withDatabase<T>(path: string, run: (conn: Connection) => Promise<T> | T): Promise<T> {
  const conn = await openForCommand(path);
  try {
    return await run(conn);
  } catch (error) {
    if (error instanceof AccountError) throw new CliError(`orbital user: ${error.message}`, EXIT.rejected);
    throw error;
  } finally {
    conn.close();
  }
}

function parseRole(value: string): Role {
  if ((ROLES as readonly string[]).includes(value)) return value as Role;
  throw new CliError(`orbital user: --role must be one of ${ROLES.join(", ")}; got "${value}".`, EXIT.usage);
}

export function registerUserCommands(program: Command): void {
  const user = program.command("user").description("manage accounts and their access to workspaces");
  const dbOption = ["--db <path>", "SQLite database file (default: $ORBITAL_DB or data/orbital.db)", defaultDatabasePath()] as const;

  user
    .command("add")
    .description("create an account (the first administrator also becomes administrator of every existing workspace)")
    .requiredOption("--email <email>", "the account's e-mail address")
    .requiredOption("--password <password>", "its password (at least 12 characters)")
    .option("--admin", "make it an installation administrator (manages accounts, creates workspaces)", false)
    .option(...dbOption)
    .action(async (options: DbOption & { email: string; password: string; admin: boolean }) => {
      await withDatabase(options.db, async ({ db }) => {
        const { user: created, grantedWorkspaces } = await createAccount(
          db,
          { email: options.email, password: options.password, isAdmin: options.admin },
          CLI_ACTOR,
        );
        const kind = created.isAdmin ? "installation administrator" : "account";
        process.stdout.write(`Created ${kind} ${created.email}.\n`);
        if (grantedWorkspaces.length) {
          process.stdout.write(`As the first administrator it administers: ${grantedWorkspaces.join(", ")}.\n`);
        }
      });
    });

  user
    .command("grant")
    .description("give an account a role in a workspace (or change its role)")
    .requiredOption("--email <email>", "the account's e-mail address")
    .requiredOption("--workspace <slug>", "the workspace's slug")
    .requiredOption("--role <role>", "viewer (reads), editor (also imports and overrides) or admin (also manages members, deletes)")
    .option(...dbOption)
    .action(async (options: DbOption & { email: string; workspace: string; role: string }) => {
      const role = parseRole(options.role);
      await withDatabase(options.db, ({ db }) => {
        const change = grantRole(db, { email: options.email, workspaceSlug: options.workspace, role }, CLI_ACTOR);
        const was = change.previousRole ? ` (was ${change.previousRole})` : "";
        process.stdout.write(`${change.user.email} is now ${role} of ${change.workspace.slug}${was}.\n`);
      });
    });

  user
    .command("revoke")
    .description("remove an account's access to a workspace")
    .requiredOption("--email <email>", "the account's e-mail address")
    .requiredOption("--workspace <slug>", "the workspace's slug")
    .option(...dbOption)
    .action(async (options: DbOption & { email: string; workspace: string }) => {
      await withDatabase(options.db, ({ db }) => {
        const change = revokeRole(db, { email: options.email, workspaceSlug: options.workspace }, CLI_ACTOR);
        process.stdout.write(`${change.user.email} no longer has access to ${change.workspace.slug}.\n`);
      });
    });

  user
    .command("list")
    .description("list accounts and their workspaces")
    .option(...dbOption)
    .action(async (options: DbOption) => {
      await withDatabase(options.db, ({ db }) => {
        const users = listUsers(db);
        if (users.length === 0) process.stdout.write("No accounts yet.\n");
        for (const u of users) {
          const spaces = listWorkspacesOfUser(db, u.id).map((w) => `${w.slug}:${w.role}`);
          const admin = u.isAdmin ? " [installation admin]" : "";
          process.stdout.write(`${u.email}${admin}  ${spaces.length ? spaces.join(" ") : "(no workspaces)"}\n`);
        }
      });
    });
}
