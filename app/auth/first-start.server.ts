/**
 * The accounts part of boot(): check the environment, make sure a session secret exists, and
 * while no administrator exists, print the one-time setup link.
 */
import type { Db } from "../../db/connection";
import { getConfig } from "../config.server";
import { sessionSecret } from "./session.server";
import { prepareSetupLink } from "./setup.server";

/** Console lines for the server to print after it starts listening. */
export function prepareFirstStart(db: Db, origin: string): string[] {
  const config = getConfig();
  // Generate the secret now rather than on the first login, so two requests never race for it.
  sessionSecret(db, config.sessionSecret);
  return prepareSetupLink(db, origin);
}
