/**
 * Employee identifiers become HMAC-SHA256(workspace key, raw id) at import; the raw id is
 * never stored or logged. One hash per distinct id: a million log rows name about a thousand people.
 */
import { createHmac } from "node:crypto";
import { memoize } from "../../importers/parse-once";

export function createPseudonymizer(key: string): (rawId: string) => string {
  // Bounded so memory stays flat even for a file of only distinct ids.
  return memoize((rawId) => createHmac("sha256", key).update(rawId, "utf8").digest("hex"), 100_000);
}

/** What a page may show for a pseudonymized employee: a short prefix of the hash. */
export const shortPseudonym = (hash: string) => hash.slice(0, 10);
