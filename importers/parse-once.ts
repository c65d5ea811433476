/**
 * Files repeat a handful of dates, durations and answer texts thousands of times: parse each
 * distinct cell once. The parser's cells are slices of whole file chunks, and a sliced string
 * kept as a map key keeps its chunk alive, so caches key by a flat copy.
 */

/** A copy of `text` that shares no memory with the string it was sliced from. */
export function flatCopy(text: string): string {
  return (" " + text).slice(1);
}

/** `parse`, remembering the results of up to `limit` distinct texts. */
export function memoize<T>(parse: (text: string) => T, limit = 50_000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let result = cache.get(text);
    if (result === undefined) {
      result = parse(text);
      if (cache.size < limit) cache.set(flatCopy(text), result);
    }
    return result;
  };
}
