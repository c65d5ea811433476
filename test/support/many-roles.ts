/**
 * An organization with many roles, for the paging and "show all" tests (decision 154): `roles`
 * roles spread over `departments` departments and levels 0–5, each with two or three
 * job-description statements from TINY_TABLE (statements only: no task logs, so it seeds and
 * analyses in well under a second). Headcounts differ by role so rankings and "largest
 * department" orders are well defined: role i has headcount 1 + (i × 7) mod 23, and department
 * d (0-based) holds the roles i with i mod departments = d.
 */
import { analyzeWorkspace } from "../../db/pipeline";
import type { Connection } from "../../db/connection";
import { seedOrganization, type SeededOrganization, type SeedRole } from "./seed-organization";
import { tableClassifier } from "./table-classifier";
import { TINY_TABLE } from "./tiny-organization";

const TEXTS = Object.keys(TINY_TABLE);

export function manyRoleSpecs(roles: number, departments: number): SeedRole[] {
  return Array.from({ length: roles }, (_, i) => ({
    key: `R${String(i + 1).padStart(4, "0")}`,
    title: `Role ${String(i + 1).padStart(4, "0")}`,
    department: `Department ${String((i % departments) + 1).padStart(2, "0")}`,
    level: i % 6,
    headcount: 1 + ((i * 7) % 23),
    annualCost: 40_000 + (i % 9) * 10_000,
    location: i % 2 ? "Leeds" : "London",
    statements: [TEXTS[i % TEXTS.length], TEXTS[(i * 3 + 1) % TEXTS.length], ...(i % 2 ? [TEXTS[(i * 5 + 2) % TEXTS.length]] : [])].filter((t, j, all) => all.indexOf(t) === j),
  }));
}

/** The organization, seeded into `conn` (workspace "acme") and analysed with the table classifier. */
export function analyzedManyRoles(conn: Connection, roles: number, departments: number): SeededOrganization {
  const org = seedOrganization(conn, { roles: manyRoleSpecs(roles, departments), kThreshold: 3 });
  analyzeWorkspace(conn, org.workspaceId, tableClassifier(TINY_TABLE).classify, { classifierVersion: "test" });
  return org;
}
