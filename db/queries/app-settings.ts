import { eq } from "drizzle-orm";
import type { Db } from "../connection";
import { appSettings } from "../schema";

/** Keys Orbital stores in `app_settings`; listed here so no two modules pick the same name. */
export const SETTING = {
  /** sha256 (hex) of the one-time setup token printed at start while no administrator exists. */
  setupTokenHash: "setup_token_hash",
  /** Random secret signing the session cookie when ORBITAL_SESSION_SECRET is not set. */
  sessionSecret: "session_secret",
} as const;

export function getSetting(db: Db, key: string): string | undefined {
  return db.select().from(appSettings).where(eq(appSettings.key, key)).get()?.value;
}

export function setSetting(db: Db, key: string, value: string): void {
  db.insert(appSettings)
    .values({ key, value })
    .onConflictDoUpdate({ target: appSettings.key, set: { value } })
    .run();
}

export function deleteSetting(db: Db, key: string): void {
  db.delete(appSettings).where(eq(appSettings.key, key)).run();
}
