/**
 * Rendered dashboard documents, kept in memory (decision 120).
 *
 * Server-rendering a dashboard's SVG and tables is most of a document request's CPU time,
 * while its view model already comes from the view cache. A render is a pure function of the
 * URL and the loader data, so the HTML is stored under a key made of both, and the same inputs
 * get the same bytes without React. The loader data is not serialized for the key: a view model
 * from the view cache is immutable (deep-frozen there), so its identity stands for its content;
 * the small rest (the root loader's user, the shell's filter) is written out. When the view cache
 * computes a new view model (any write that changes figures), the key changes by itself: there
 * is nothing to invalidate here, and no way to serve a document from older data.
 *
 * Two values differ on every request and are not part of the key: the CSP nonce and the
 * request id. The stored document is cut where they appeared and each hit is filled with the
 * request's own values, so a nonce is never sent twice.
 */
import { isImmutableView } from "./view-cache.server";

const MAX_BYTES = 48 * 1024 * 1024;

/** The values that differ per request, by name; each appears in the document as a string. */
export type VolatileValues = Record<string, string>;

/** A document cut at its volatile values: text, name, text, name, …, text. */
export interface Template {
  parts: string[];
  bytes: number;
}

const identities = new WeakMap<object, number>();
let nextIdentity = 1;

function identityOf(value: object): number {
  let id = identities.get(value);
  if (id === undefined) {
    id = nextIdentity++;
    identities.set(value, id);
  }
  return id;
}

/**
 * A string that is equal for two loader-data values exactly when they render the same, or
 * undefined when the data holds something this cannot vouch for (a class instance, a function).
 * `views` counts how many immutable view models it met: a document without one is not worth
 * storing (sign-in, settings forms) and is left alone.
 */
export function fingerprint(input: unknown, volatile: ReadonlyMap<string, string>, views = { count: 0 }): string | undefined {
  if (input === null) return "null";
  switch (typeof input) {
    case "undefined":
      return "u";
    case "boolean":
    case "number":
      return String(input);
    case "string":
      return volatile.has(input) ? `$${volatile.get(input)}` : JSON.stringify(input);
    case "object":
      break;
    default:
      return undefined;
  }
  const value = input as object;
  if (isImmutableView(value)) {
    views.count++;
    return `#${identityOf(value)}`;
  }
  if (Array.isArray(value)) {
    const items: string[] = [];
    for (const item of value) {
      const print = fingerprint(item, volatile, views);
      if (print === undefined) return undefined;
      items.push(print);
    }
    return `[${items.join(",")}]`;
  }
  if (value instanceof Date) return `D${value.getTime()}`;
  if (Object.getPrototypeOf(value) !== Object.prototype) return undefined;
  const fields: string[] = [];
  for (const [name, field] of Object.entries(value)) {
    const print = fingerprint(field, volatile, views);
    if (print === undefined) return undefined;
    fields.push(`${JSON.stringify(name)}:${print}`);
  }
  return `{${fields.join(",")}}`;
}

/** Least recently used documents up to a byte budget. */
export class DocumentCache {
  private readonly entries = new Map<string, Template>();
  private bytes = 0;

  constructor(private readonly maxBytes = MAX_BYTES) {}

  get size(): number {
    return this.entries.size;
  }

  /**
   * The cache key for a GET document, or undefined when it must be rendered afresh: another
   * method or status, errors or action data, or loader data without a cached view model.
   */
  keyFor(input: { method: string; url: string; status: number; loaderData: unknown; actionData: unknown; errors: unknown; volatile: VolatileValues }): string | undefined {
    if (input.method !== "GET" || input.status !== 200 || input.actionData || input.errors) return undefined;
    const names = new Map(Object.entries(input.volatile).map(([name, text]) => [text, name]));
    const views = { count: 0 };
    const print = fingerprint(input.loaderData, names, views);
    if (print === undefined || views.count === 0) return undefined;
    return `${input.url}\n${print}`;
  }

  /** The stored document for `key`, if any: `fill` it with the request's volatile values. */
  get(key: string): Template | undefined {
    const template = this.entries.get(key);
    if (!template) return undefined;
    this.entries.delete(key);
    this.entries.set(key, template);
    return template;
  }

  /** Stores `html`, rendered with `volatile`, cut at every occurrence of those values. */
  set(key: string, html: string, volatile: VolatileValues): Template | undefined {
    const template = cut(html, volatile);
    if (!template || template.bytes > this.maxBytes / 4) return undefined;
    const old = this.entries.get(key);
    if (old) {
      this.bytes -= old.bytes + key.length;
      this.entries.delete(key);
    }
    this.entries.set(key, template);
    this.bytes += template.bytes + key.length;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= entry.bytes + oldest.length;
    }
    return template;
  }
}

/** The document with this request's volatile values in place. */
export function fill(template: Template, volatile: VolatileValues): string {
  const { parts } = template;
  let html = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const value = volatile[parts[i]];
    if (value === undefined) throw new Error(`document cache: no value for ${parts[i]}`);
    html += value + parts[i + 1];
  }
  return html;
}

/** `html` cut at every occurrence of the volatile values; undefined when one is too short to find safely. */
export function cut(html: string, volatile: VolatileValues): Template | undefined {
  const values = Object.entries(volatile).filter(([, text]) => text !== "");
  // An empty or tiny value could occur anywhere in the page by chance: do not store then.
  if (values.some(([, text]) => text.length < 8)) return undefined;
  const pattern = new RegExp(values.map(([, text]) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")).join("|"), "g");
  const byText = new Map(values.map(([name, text]) => [text, name]));
  const parts: string[] = [];
  let last = 0;
  for (const match of values.length ? html.matchAll(pattern) : []) {
    parts.push(html.slice(last, match.index), byText.get(match[0])!);
    last = match.index + match[0].length;
  }
  parts.push(html.slice(last));
  return { parts, bytes: html.length };
}
