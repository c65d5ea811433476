/**
 * Finding a person of the roster from what a file says about them (employee id, e-mail or
 * name), over rows already read: pure, so the log parser's thread can build it from plain data
 * without a database connection (decision 165). db/queries/roster.ts reads the rows.
 */
import { identifierHashes, IDENTIFIER_ORDER, type IdentifierKind, type PersonIdentifiers } from "./person-identity";
import type { PersonMatch } from "./tracker-formats";

/** One roster person's hashed identifiers, as stored. */
export interface RosterIdentity {
  roleId: number;
  personHash: string;
  employeeIdHash: string | null;
  emailHash: string | null;
  nameHash: string | null;
}

interface Entry {
  roleId: number;
  personHash: string;
}

/**
 * A resolver over the workspace's whole roster, loaded once (a roster of 100,000 people is a
 * few MB of hashes): for a million export rows the lookups stay in memory. `pseudonymKey` is the
 * workspace's pseudonym key. Identifiers are tried strongest first (employee id, e-mail,
 * name); the first that names exactly one person decides; a name shared by several people
 * is ambiguous and asks for a stronger identifier.
 */
export function rosterResolver(rows: readonly RosterIdentity[], pseudonymKey: string): (person: PersonIdentifiers) => PersonMatch {
  const index: Record<IdentifierKind, Map<string, Entry[]>> = { employee_id: new Map(), email: new Map(), name: new Map() };
  const add = (kind: IdentifierKind, hash: string | null, entry: Entry) => {
    if (!hash) return;
    const list = index[kind].get(hash);
    if (list) list.push(entry);
    else index[kind].set(hash, [entry]);
  };
  for (const row of rows) {
    const entry = { roleId: row.roleId, personHash: row.personHash };
    add("employee_id", row.employeeIdHash, entry);
    add("email", row.emailHash, entry);
    add("name", row.nameHash, entry);
  }
  const empty = rows.length === 0;

  return (person) => {
    const hashes = identifierHashes(pseudonymKey, person);
    const present = IDENTIFIER_ORDER.filter((kind) => hashes[kind]);
    if (empty) return { ok: false, reason: "no-roster", by: present[0] ?? "name" };
    for (const kind of present) {
      const found = index[kind].get(hashes[kind]!);
      if (!found) continue;
      if (found.length === 1) return { ok: true, roleId: found[0].roleId, personHash: found[0].personHash };
      const roles = new Set(found.map((f) => f.roleId)).size;
      return {
        ok: false,
        reason: "ambiguous",
        by: kind,
        expected: `one person, but ${found.length} people in the roster have this ${kind === "name" ? "name" : kind === "email" ? "e-mail" : "employee id"}${roles > 1 ? ` in ${roles} different roles` : ""}: add an employee id column (Employee Id) to the export and the roster`,
      };
    }
    return { ok: false, reason: "unknown", by: present[0] ?? "name" };
  };
}

