/**
 * Who a person is, without keeping who they are. Every identifier of a person (employee id,
 * e-mail, name) is compared in a normalized form and stored only as
 * HMAC-SHA256(workspace key, "kind:" + normalized form): the same person written
 * "Jürgen  Quispe" in one file and "jurgen quispe" in another gets the same hash, and no raw
 * identifier is ever stored, logged or shown (docs/decisions/140-person-identity.md).
 *
 * Pure (a keyed hash is a function of its inputs): the roster import, the time-tracker
 * importers and the capability survey all resolve people through this one module and
 * `db/queries/roster.ts`.
 */
import { createHmac } from "node:crypto";

export type IdentifierKind = "employee_id" | "email" | "name";

/** What a file tells about a person; any subset, each as written in the file. */
export interface PersonIdentifiers {
  employeeId?: string | null;
  email?: string | null;
  name?: string | null;
}

/** The order in which identifiers are trusted: an employee id names one person, a name may not. */
export const IDENTIFIER_ORDER: readonly IdentifierKind[] = ["employee_id", "email", "name"];

const MARKS = /\p{M}+/gu;
const SPACES = /\s+/gu;

/**
 * The form identifiers are compared in: Unicode compatibility form, accents removed, case
 * folded, inner runs of spaces collapsed, surrounding spaces trimmed. Employee ids keep
 * their accents-free text as is otherwise ("E-0042" stays "e-0042").
 */
export function normalizeIdentifier(value: string): string {
  return value.normalize("NFKD").replace(MARKS, "").normalize("NFKC").toLowerCase().replace(SPACES, " ").trim();
}

/** The one stored form of an identifier: "" when the value is empty after normalization. */
export function identifierHash(key: string, kind: IdentifierKind, value: string): string {
  const normalized = normalizeIdentifier(value);
  if (!normalized) return "";
  return createHmac("sha256", key).update(`${kind}:${normalized}`, "utf8").digest("hex");
}

/** The hashes of whichever identifiers are present (empty ones left out). */
export function identifierHashes(key: string, person: PersonIdentifiers): Partial<Record<IdentifierKind, string>> {
  const hashes: Partial<Record<IdentifierKind, string>> = {};
  const add = (kind: IdentifierKind, value: string | null | undefined) => {
    const hash = value ? identifierHash(key, kind, value) : "";
    if (hash) hashes[kind] = hash;
  };
  add("employee_id", person.employeeId);
  add("email", person.email);
  add("name", person.name);
  return hashes;
}

/**
 * The pseudonym a person's task-log rows are stored under. With an employee id it is exactly
 * what a canonical Orbital log stores for that id (HMAC of the trimmed id, the original
 * scheme), so a tracker export and Orbital's own CSV of the same work count the same people.
 * Without one, the strongest identifier present stands in, tagged with its kind.
 */
export function personPseudonym(key: string, person: PersonIdentifiers): string {
  const employeeId = person.employeeId?.trim();
  if (employeeId) return createHmac("sha256", key).update(employeeId, "utf8").digest("hex");
  const hashes = identifierHashes(key, person);
  return hashes.email ?? hashes.name ?? "";
}

/**
 * An identifier as a message may show it: enough to find the row, not enough to leak a
 * full e-mail or name into a terminal, a log file or a page ("j…@e….com", "Jü… Q…").
 */
export function maskIdentifier(kind: IdentifierKind, value: string): string {
  const text = value.trim();
  if (kind === "email") {
    const at = text.lastIndexOf("@");
    if (at < 0) return maskWords(text);
    const domain = text.slice(at + 1);
    const dot = domain.lastIndexOf(".");
    const tld = dot >= 0 ? domain.slice(dot) : "";
    return `${[...text][0] ?? ""}…@${[...domain][0] ?? ""}…${tld}`;
  }
  if (kind === "name") return maskWords(text);
  // Employee ids are already what HR systems print on badges; still, show only a prefix.
  const chars = [...text];
  return chars.length <= 3 ? `${chars[0] ?? ""}…` : `${chars.slice(0, 3).join("")}…`;
}

function maskWords(text: string): string {
  return text
    .split(/\s+/u)
    .filter(Boolean)
    .map((word) => {
      const chars = [...word];
      return chars.length <= 2 ? `${chars[0]}…` : `${chars.slice(0, 2).join("")}…`;
    })
    .join(" ");
}
