/**
 * First start: while no installation administrator exists, each server start prints a fresh
 * one-time link to /setup. Only the token's sha256 is stored (app_settings), so reading the
 * database does not reveal a usable link; a restart replaces the link; creating the first
 * administrator deletes it.
 */
import { randomBytes, timingSafeEqual } from "node:crypto";
import type { Db } from "../../db/connection";
import { deleteSetting, getSetting, setSetting, SETTING } from "../../db/queries/app-settings";
import { countAdministrators } from "../../db/queries/users";
import { createAccount, type CreatedAccount } from "./accounts.server";
import { hashToken } from "./session.server";

/** Console lines for the server to print; none once an administrator exists. */
export function prepareSetupLink(db: Db, origin: string): string[] {
  if (countAdministrators(db) > 0) {
    deleteSetting(db, SETTING.setupTokenHash);
    return [];
  }
  const token = randomBytes(32).toString("base64url");
  setSetting(db, SETTING.setupTokenHash, hashToken(token));
  const link = `${origin.replace(/\/$/, "")}/setup?token=${token}`;
  return [
    "No administrator yet. Create the first one by opening this one-time link:",
    `  ${link}`,
    "(The link changes at every start until an administrator exists; keep it private.)",
  ];
}

export function isSetupPending(db: Db): boolean {
  return countAdministrators(db) === 0;
}

export function isValidSetupToken(db: Db, token: string | null | undefined): boolean {
  if (!token || token.length > 200 || !isSetupPending(db)) return false;
  const stored = getSetting(db, SETTING.setupTokenHash);
  if (!stored) return false;
  const given = Buffer.from(hashToken(token), "hex");
  const expected = Buffer.from(stored, "hex");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Creates the first administrator when the token is right; the link stops working. */
export async function completeSetup(
  db: Db,
  token: string,
  input: { email: string; password: string },
): Promise<CreatedAccount | null> {
  if (!isValidSetupToken(db, token)) return null;
  const created = await createAccount(
    db,
    { ...input, isAdmin: true },
    { userId: null, label: "setup" },
    { onlyIfNoAdministrator: true },
  );
  deleteSetting(db, SETTING.setupTokenHash);
  return created;
}
