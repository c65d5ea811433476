/**
 * Employee identifiers become HMAC-SHA256(workspace key, raw id) at import; the raw id is
 * never stored or logged. One hash per distinct id: a million log rows name about a thousand people.
 */
import { createHmac } from "node:crypto";

export function createPseudonymizer(key: string): (rawId: string) => string {
  const cache = new Map<string, string>();
  // Consecutive log rows are mostly one person's: the previous answer first.
  let lastId: string | undefined;
  let lastHash = "";
  return (rawId) => {
    if (rawId === lastId) return lastHash;
    let hash = cache.get(rawId);
    if (hash === undefined) {
      hash = createHmac("sha256", key).update(rawId, "utf8").digest("hex");
      // Bounded so memory stays flat even for a file of only distinct ids.
      if (cache.size >= 100_000) cache.clear();
      cache.set(rawId, hash);
    }
    lastId = rawId;
    lastHash = hash;
    return hash;
  };
}

/** What a page may show for a pseudonymized employee: a short prefix of the hash. */
export const shortPseudonym = (hash: string) => hash.slice(0, 10);
