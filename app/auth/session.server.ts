/**
 * Sessions: a random token in a signed, httpOnly, SameSite=Lax cookie; the database keeps only
 * its sha256, so a copy of the database logs nobody in. Logging out deletes the row, so a
 * stolen cookie dies with the session. See docs/decisions/042-sessions.md.
 */
import { createHash, randomBytes } from "node:crypto";
import { createCookie, type Cookie } from "@remix-run/node";
import type { Db } from "../../db/connection";
import { getSetting, setSetting, SETTING } from "../../db/queries/app-settings";
import {
  deleteExpiredSessions,
  deleteSession,
  getSessionUser,
  insertSession,
} from "../../db/queries/sessions";
import type { User } from "../../db/queries/users";
import { getConfig } from "../config.server";
import { getDb } from "../db.server";

export const SESSION_COOKIE = "orbital_session";

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** ORBITAL_SESSION_SECRET, else a secret generated on first use and kept in app_settings. */
export function sessionSecret(db: Db, configured: string | undefined): string {
  if (configured) return configured;
  const stored = getSetting(db, SETTING.sessionSecret);
  if (stored) return stored;
  const generated = randomBytes(48).toString("base64url");
  setSetting(db, SETTING.sessionSecret, generated);
  return generated;
}

/** Secure when the request came over HTTPS or the configured public origin is https. */
export function isSecureRequest(request: Request, origin: string | undefined): boolean {
  return new URL(request.url).protocol === "https:" || Boolean(origin?.startsWith("https:"));
}

export function buildSessionCookie(secret: string, maxAgeSeconds: number): Cookie {
  return createCookie(SESSION_COOKIE, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secrets: [secret],
    maxAge: maxAgeSeconds,
  });
}

let cookie: Cookie | undefined;
function sessionCookie(): Cookie {
  const config = getConfig();
  cookie ??= buildSessionCookie(sessionSecret(getDb(), config.sessionSecret), config.sessionHours * 3600);
  return cookie;
}

/** Starts a session for the user; returns the Set-Cookie header value. */
export async function startSession(request: Request, userId: number, now = new Date()): Promise<string> {
  const db = getDb();
  const { sessionHours, origin } = getConfig();
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + sessionHours * 3600_000).toISOString();
  deleteExpiredSessions(db, now.toISOString());
  insertSession(db, { id: hashToken(token), userId, expiresAt });
  return sessionCookie().serialize(token, { secure: isSecureRequest(request, origin) });
}

/** The signed-in user, or null for no / a forged / an expired / a revoked session. */
export async function readSessionUser(request: Request, now = new Date()): Promise<User | null> {
  const token = await readToken(request);
  if (!token) return null;
  return getSessionUser(getDb(), hashToken(token), now.toISOString()) ?? null;
}

/** True when the Cookie header holds a validly signed, unexpired, unrevoked session. */
export async function hasLiveSession(cookieHeader: string, now = new Date()): Promise<boolean> {
  const token = await parseToken(cookieHeader);
  return token !== null && getSessionUser(getDb(), hashToken(token), now.toISOString()) !== undefined;
}

/** Revokes the request's session (if any); returns the Set-Cookie header value that clears it. */
export async function endSession(request: Request): Promise<string> {
  const token = await readToken(request);
  if (token) deleteSession(getDb(), hashToken(token));
  return sessionCookie().serialize("", { maxAge: 0, expires: new Date(0), secure: isSecureRequest(request, getConfig().origin) });
}

async function readToken(request: Request): Promise<string | null> {
  const header = request.headers.get("Cookie");
  return header ? parseToken(header) : null;
}

async function parseToken(header: string): Promise<string | null> {
  // parse() verifies the signature and yields null when it does not match.
  const value: unknown = await sessionCookie().parse(header);
  return typeof value === "string" && value.length > 0 ? value : null;
}
