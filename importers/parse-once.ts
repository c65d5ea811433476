/**
 * Files repeat a handful of dates, durations and answer texts thousands of times: parse each
 * distinct cell once. The parser's cells are slices of whole file chunks, and a sliced string
 * kept as a map key keeps its chunk alive, so caches key by a flat copy.
 */

/** A copy of `text` that shares no memory with the string it was sliced from. */
export function flatCopy(text: string): string {
  return (" " + text).slice(1);
}

/**
 * `parse`, remembering the results of up to `limit` distinct texts. Consecutive rows often repeat
 * a cell (one person's day, one role), and comparing with the previous text costs a fraction of a
 * map lookup, whose string hashing is most of a parse's per-row cost (decision 165).
 */
export function memoize<T>(parse: (text: string) => T, limit = 50_000): (text: string) => T {
  const cache = new Map<string, T>();
  let lastText: string | undefined;
  let lastResult: T;
  return (text) => {
    if (text === lastText) return lastResult;
    let result = cache.get(text);
    if (result === undefined) {
      result = parse(text);
      if (cache.size < limit) cache.set(flatCopy(text), result);
    }
    lastText = text;
    lastResult = result;
    return result;
  };
}
