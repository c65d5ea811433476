/**
 * One number per word that any compiled model weighs, so a text's words are looked up once and
 * every model (the specialized decision, the split, the log-line stage's two terms, the atom
 * stage) reads its weights by that number from an array of its own.
 *
 * Why: a text's lemmas are fresh strings, and each model looking each of them up in its own
 * large Map cost about a tenth of classifying (a hash probe and a string compare, mostly cache
 * misses, four to six times per word). Now it is one probe per word per text (decision 220).
 *
 * Numbers are handed out as models compile and never change; a text's numbers are kept with its
 * word list, and read again if a model compiled since has numbered new words.
 */
/**
 * Two tables: words with a named weight (about 6,000, 96 % of the words texts use) apart from
 * the 100,000 that have only a vector weight, so most lookups stay in a table small enough for
 * the processor's cache (a lookup in the whole 120,000 cost about three times as much).
 */
const NAMED = new Map<string, number>();
const VECTOR_ONLY = new Map<string, number>();

/**
 * The word's number, numbering it if it has none; `named` when a model weighs the word by name,
 * not only through its vector.
 */
function internWord(word: string, named: boolean): number {
  let id = NAMED.get(word);
  if (id !== undefined) return id;
  id = VECTOR_ONLY.get(word);
  if (id === undefined) id = NAMED.size + VECTOR_ONLY.size;
  else if (named) VECTOR_ONLY.delete(word);
  (named ? NAMED : VECTOR_ONLY).set(word, id);
  return id;
}

/** How many words are numbered. */
function wordCount(): number {
  return NAMED.size + VECTOR_ONLY.size;
}

/**
 * A model's table by word number, as the model compiles: its words numbered (`named` or vector
 * only), its values at their numbers and `none` elsewhere. As long as the numbering is then: a
 * word numbered later has no value in this table, so readers check the length.
 */
export function byWordNumber<T>(table: ReadonlyMap<string, T>, named: boolean, none: T): T[] {
  const ids: number[] = [];
  for (const word of table.keys()) ids.push(internWord(word, named));
  const out = new Array<T>(wordCount()).fill(none);
  let i = 0;
  for (const value of table.values()) out[ids[i++]] = value;
  return out;
}

interface Numbered {
  ids: readonly number[];
  /** wordCount() when they were read: a word unnumbered then may have a number now. */
  count: number;
}

const READ = new WeakMap<readonly string[], Numbered>();

/** Each word's number, -1 for a word no model weighs; read once per word list. */
export function wordIds(words: readonly string[]): readonly number[] {
  const known = READ.get(words);
  const count = wordCount();
  if (known !== undefined && known.count === count) return known.ids;
  // A plain array: a typed one over 64 bytes (sixteen words) is allocated off V8's heap.
  const ids: number[] = [];
  for (let i = 0; i < words.length; i++) ids.push(NAMED.get(words[i]) ?? VECTOR_ONLY.get(words[i]) ?? -1);
  READ.set(words, { ids, count });
  return ids;
}
