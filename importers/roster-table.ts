/**
 * A roster: one row per person, joining the people in task logs to roles. At least one
 * identifier (employee_id, email, name or first + last name) and a role (role_id or a job
 * title exactly as in the job descriptions). Identifiers leave this module only as keyed
 * hashes (./person-identity.ts); department, level, location, manager and start date are
 * not read: nothing Orbital computes needs them.
 */
import { missingColumn, type ColumnSpec } from "./headers";
import { issue, type ImportIssue } from "./issues";
import { identifierHashes, maskIdentifier, personPseudonym, type IdentifierKind, type PersonIdentifiers } from "./person-identity";
import type { RoleResult } from "./role-resolver";
import type { TableSpec } from "./table";

export type RosterKey = "employeeId" | "email" | "name" | "firstName" | "lastName" | "role";

export const ROSTER_COLUMNS: readonly ColumnSpec<RosterKey>[] = [
  { key: "employeeId", name: "employee_id", aliases: ["Employee ID", "Worker ID", "Person Number", "Employee Number", "Emp ID", "Staff ID", "Person ID"], required: false },
  { key: "email", name: "email", aliases: ["Work Email", "E-mail", "Email Address", "Username", "Work E-mail", "Primary Work Email"], required: false },
  { key: "name", name: "name", aliases: ["Full Name", "Legal Name", "Worker", "Employee Name", "Preferred Name"], required: false },
  { key: "firstName", name: "first_name", aliases: ["First Name", "Given Name", "Legal First Name"], required: false },
  { key: "lastName", name: "last_name", aliases: ["Last Name", "Family Name", "Surname", "Legal Last Name"], required: false },
  { key: "role", name: "role", aliases: ["Role ID", "Job Profile", "Job Title", "Position", "Business Title", "Job Profile Name", "Title"], required: true },
];

/** A validated roster row: hashes only, never a raw identifier. */
export interface RosterRow {
  line: number;
  roleId: number;
  personHash: string;
  employeeIdHash: string | null;
  emailHash: string | null;
  nameHash: string | null;
}

const WHICH: Record<IdentifierKind, string> = { employee_id: "employee id", email: "e-mail", name: "name" };

export function rosterTable(key: string, resolveRole: (value: string) => RoleResult): TableSpec<RosterKey, RosterRow> {
  return {
    kind: "roster",
    columns: ROSTER_COLUMNS,
    checkHeader(match, cells, line) {
      const { index } = match;
      if (index.employeeId !== undefined || index.email !== undefined || index.name !== undefined) return [];
      if (index.firstName !== undefined && index.lastName !== undefined) return [];
      return [missingColumn(line, ROSTER_COLUMNS[0], cells, ROSTER_COLUMNS[1], "an identifier of the person: employee_id, email, name, or first_name + last_name")];
    },
    createValidator(match) {
      const at = (k: RosterKey) => match.index[k] ?? -1;
      const iEmployee = at("employeeId"), iEmail = at("email"), iName = at("name"), iFirst = at("firstName"), iLast = at("lastName"), iRole = at("role");
      const cell = (cells: readonly string[], i: number) => (i < 0 ? "" : (cells[i] ?? "").trim());
      // The strongest identifier a row has decides whether two rows are one person: two
      // "Ana Silva" with different employee ids are two people.
      const seen = new Map<string, { line: number; roleId: number }>();
      const identifierColumn = match.written.employeeId ?? match.written.email ?? match.written.name ?? match.written.firstName ?? "employee_id";

      return (cells, line) => {
        const issues: ImportIssue[] = [];
        const person: PersonIdentifiers = {
          employeeId: cell(cells, iEmployee) || null,
          email: cell(cells, iEmail) || null,
          name: cell(cells, iName) || [cell(cells, iFirst), cell(cells, iLast)].filter(Boolean).join(" ") || null,
        };
        for (const [k, value] of [["employeeId", person.employeeId], ["email", person.email], ["name", person.name]] as const) {
          if (value && value.length > 300) issues.push(issue(line, match.written[k] ?? k, "at most 300 characters", "(a long value, not shown)"));
        }
        const hashes = identifierHashes(key, person);
        if (!hashes.employee_id && !hashes.email && !hashes.name) {
          issues.push(issue(line, identifierColumn, "an identifier of the person (employee id, e-mail or name); this row has none", ""));
        }
        const roleCell = cells[iRole] ?? "";
        const role = roleCell.trim() ? resolveRole(roleCell) : ({ ok: false, expected: "a role_id or job title" } as const);
        if (!role.ok) issues.push(issue(line, match.written.role ?? "role", role.expected, roleCell));
        if (issues.length || !role.ok) return { issues };

        const strongest = (["employee_id", "email", "name"] as const).find((k) => hashes[k])!;
        const identity = `${strongest}:${hashes[strongest]}`;
        const before = seen.get(identity);
        if (before) {
          const column = strongest === "employee_id" ? match.written.employeeId : strongest === "email" ? match.written.email : (match.written.name ?? match.written.lastName);
          const value = strongest === "employee_id" ? person.employeeId! : strongest === "email" ? person.email! : person.name!;
          const expected = before.roleId === role.roleId
            ? `each person once, but line ${before.line} lists the same ${WHICH[strongest]}`
            : `one role per person, but line ${before.line} gives the same ${WHICH[strongest]} another role`;
          return { issues: [issue(line, column ?? strongest, expected, maskIdentifier(strongest, value))] };
        }
        seen.set(identity, { line, roleId: role.roleId });
        return {
          row: {
            line,
            roleId: role.roleId,
            personHash: personPseudonym(key, person),
            employeeIdHash: hashes.employee_id ?? null,
            emailHash: hashes.email ?? null,
            nameHash: hashes.name ?? null,
          },
        };
      };
    },
  };
}
