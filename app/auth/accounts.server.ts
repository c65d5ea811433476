/**
 * Account and membership commands shared by the CLI (`orbital user …`), the setup page, the
 * admin page and a workspace's settings page, so every door checks the same rules and writes
 * the same audit events.
 */
import type { Db } from "../../db/connection";
import { recordAudit } from "../../db/queries/audit";
import {
  countWorkspaceAdmins,
  deleteMembership,
  getMembershipRole,
  upsertMembership,
  type Role,
} from "../../db/queries/memberships";
import { deleteUserSessions } from "../../db/queries/sessions";
import {
  countAdministrators,
  getUserByEmail,
  insertUser,
  normalizeEmail,
  updatePasswordHash,
  type User,
} from "../../db/queries/users";
import { getWorkspaceBySlug, listWorkspaces, type Workspace } from "../../db/queries/workspaces";
import { passwordProblem } from "./password-policy";
import { hashPassword } from "./password.server";

/** Who performs a command: a signed-in user, or "cli" / "system". */
export interface Actor {
  userId: number | null;
  label: string;
}

export const CLI_ACTOR: Actor = { userId: null, label: "cli" };

/** A refusal with a message meant for the person at the keyboard. */
export class AccountError extends Error {
  constructor(
    message: string,
    readonly field?: "email" | "password" | "workspace" | "role",
  ) {
    super(message);
  }
}

// Deliberately loose: one "@", something on each side, a dot in the domain. Real validation
// is the administrator knowing their colleagues' addresses.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const EMAIL_MAX_LENGTH = 254;

export function emailProblem(email: string): string | null {
  const normalized = normalizeEmail(email);
  if (!normalized) return "Enter an e-mail address.";
  if (normalized.length > EMAIL_MAX_LENGTH || !EMAIL_PATTERN.test(normalized)) {
    return `"${email.trim()}" is not an e-mail address (expected name@example.com).`;
  }
  return null;
}

export interface CreatedAccount {
  user: User;
  /** Slugs of the workspaces the account was made administrator of (the first administrator only). */
  grantedWorkspaces: string[];
}

/**
 * Creates an account. The first installation administrator also becomes administrator of every
 * workspace that exists at that moment (the demo workspace of a fresh install), so the person who
 * set Orbital up can see what it imported.
 */
export async function createAccount(
  db: Db,
  input: { email: string; password: string; isAdmin: boolean },
  actor: Actor,
  options: { onlyIfNoAdministrator?: boolean } = {},
): Promise<CreatedAccount> {
  const emailIssue = emailProblem(input.email);
  if (emailIssue) throw new AccountError(emailIssue, "email");
  const passwordIssue = passwordProblem(input.password);
  if (passwordIssue) throw new AccountError(passwordIssue, "password");
  const email = normalizeEmail(input.email);
  if (getUserByEmail(db, email)) throw new AccountError(`An account for ${email} already exists.`, "email");

  // Hash outside the transaction: it takes a while and better-sqlite3 transactions are synchronous.
  const passwordHash = await hashPassword(input.password);
  return db.transaction((tx) => {
    const firstAdministrator = input.isAdmin && countAdministrators(tx) === 0;
    if (options.onlyIfNoAdministrator && !firstAdministrator) {
      throw new AccountError("Orbital already has an administrator; sign in instead.");
    }
    if (getUserByEmail(tx, email)) throw new AccountError(`An account for ${email} already exists.`, "email");
    const user = insertUser(tx, { email, passwordHash, isAdmin: input.isAdmin });
    recordAudit(tx, {
      actor: actor.label,
      actorUserId: actor.userId,
      action: "user.add",
      detail: { email, isAdmin: input.isAdmin },
    });
    const granted: string[] = [];
    if (firstAdministrator) {
      for (const workspace of listWorkspaces(tx)) {
        upsertMembership(tx, { userId: user.id, workspaceId: workspace.id, role: "admin" });
        recordAudit(tx, {
          workspaceId: workspace.id,
          workspaceSlug: workspace.slug,
          actor: "system",
          action: "membership.grant",
          detail: { email, role: "admin", reason: "first administrator" },
        });
        granted.push(workspace.slug);
      }
    }
    return { user, grantedWorkspaces: granted };
  });
}

export async function changePassword(db: Db, user: User, newPassword: string, actor: Actor): Promise<void> {
  const issue = passwordProblem(newPassword);
  if (issue) throw new AccountError(issue, "password");
  const hash = await hashPassword(newPassword);
  db.transaction((tx) => {
    updatePasswordHash(tx, user.id, hash);
    // Every other session of the account ends: whoever else had the old password is out.
    deleteUserSessions(tx, user.id);
    recordAudit(tx, { actor: actor.label, actorUserId: actor.userId, action: "user.password", detail: { email: user.email } });
  });
}

export interface MembershipChange {
  user: User;
  workspace: Workspace;
  previousRole: Role | undefined;
  role: Role | undefined;
}

function findUserAndWorkspace(db: Db, email: string, slug: string): { user: User; workspace: Workspace } {
  const user = getUserByEmail(db, email);
  if (!user) {
    throw new AccountError(
      `No account for ${normalizeEmail(email)}. An installation administrator creates it first (Administration page, or \`npx orbital user add\`).`,
      "email",
    );
  }
  const workspace = getWorkspaceBySlug(db, slug);
  if (!workspace) throw new AccountError(`No workspace "${slug}".`, "workspace");
  return { user, workspace };
}

/** Gives the account a role in the workspace (or changes its role). */
export function grantRole(db: Db, input: { email: string; workspaceSlug: string; role: Role }, actor: Actor): MembershipChange {
  return db.transaction((tx) => {
    const { user, workspace } = findUserAndWorkspace(tx, input.email, input.workspaceSlug);
    const previousRole = getMembershipRole(tx, user.id, workspace.id);
    if (previousRole === "admin" && input.role !== "admin") refuseIfLastAdmin(tx, workspace, user);
    upsertMembership(tx, { userId: user.id, workspaceId: workspace.id, role: input.role });
    recordAudit(tx, {
      workspaceId: workspace.id,
      workspaceSlug: workspace.slug,
      actor: actor.label,
      actorUserId: actor.userId,
      action: "membership.grant",
      detail: { email: user.email, role: input.role, previousRole: previousRole ?? null },
    });
    return { user, workspace, previousRole, role: input.role };
  });
}

/** Removes the account's access to the workspace. */
export function revokeRole(db: Db, input: { email: string; workspaceSlug: string }, actor: Actor): MembershipChange {
  return db.transaction((tx) => {
    const { user, workspace } = findUserAndWorkspace(tx, input.email, input.workspaceSlug);
    const previousRole = getMembershipRole(tx, user.id, workspace.id);
    if (!previousRole) throw new AccountError(`${user.email} is not a member of "${workspace.slug}".`, "email");
    if (previousRole === "admin") refuseIfLastAdmin(tx, workspace, user);
    deleteMembership(tx, user.id, workspace.id);
    recordAudit(tx, {
      workspaceId: workspace.id,
      workspaceSlug: workspace.slug,
      actor: actor.label,
      actorUserId: actor.userId,
      action: "membership.revoke",
      detail: { email: user.email, previousRole },
    });
    return { user, workspace, previousRole, role: undefined };
  });
}

// A workspace without an administrator could no longer be managed from the web.
function refuseIfLastAdmin(db: Db, workspace: Workspace, user: User): void {
  if (countWorkspaceAdmins(db, workspace.id) <= 1) {
    throw new AccountError(
      `${user.email} is the last administrator of "${workspace.slug}"; make someone else administrator first.`,
      "role",
    );
  }
}
