/**
 * The roster, read: resolving a person (employee id, e-mail or name) to a role in a
 * workspace, and the headcount the roster gives each role. The one place every importer
 * and the capability survey find people (docs/decisions/140-person-identity.md).
 */
import { eq, sql } from "drizzle-orm";
import type { PersonIdentifiers } from "../../importers/person-identity";
import { rosterResolver, type RosterIdentity } from "../../importers/roster-index";
import type { PersonMatch } from "../../importers/tracker-formats";
import type { Db } from "../connection";
import { rosterPeople } from "../schema";

export type { PersonMatch, PersonIdentifiers };

export function hasRoster(db: Db, workspaceId: number): boolean {
  return db.get<{ n: number }>(sql`SELECT EXISTS (SELECT 1 FROM roster_people WHERE workspace_id = ${workspaceId}) AS n`).n === 1;
}

/** The workspace's roster people, their identifiers hashed: what `rosterResolver` looks people up in. */
export function listRosterIdentities(db: Db, workspaceId: number): RosterIdentity[] {
  return db
    .select({ roleId: rosterPeople.roleId, personHash: rosterPeople.personHash, employeeIdHash: rosterPeople.employeeIdHash, emailHash: rosterPeople.emailHash, nameHash: rosterPeople.nameHash })
    .from(rosterPeople)
    .where(eq(rosterPeople.workspaceId, workspaceId))
    .all();
}

/**
 * A resolver over the workspace's whole roster, loaded once (a roster of 100,000 people is a
 * few MB of hashes): importers/roster-index.ts.
 */
export function createPersonResolver(db: Db, workspace: { id: number; pseudonymKey: string }): (person: PersonIdentifiers) => PersonMatch {
  return rosterResolver(listRosterIdentities(db, workspace.id), workspace.pseudonymKey);
}

/**
 * Resolves one person to a role in a workspace: the single-lookup form of
 * `createPersonResolver`, for callers with a handful of people (a survey's respondents).
 */
export function resolvePerson(db: Db, workspace: { id: number; pseudonymKey: string }, person: PersonIdentifiers): PersonMatch {
  return createPersonResolver(db, workspace)(person);
}

export interface RoleHeadcount {
  roleId: number;
  roleKey: string;
  title: string;
  /** The job description's headcount column. */
  fromJobDescription: number;
  /** People the roster puts in the role; null without a roster. */
  fromRoster: number | null;
  /** Which the dashboards use. */
  source: "roster" | "job description";
  /** |roster − job description| / job description above 10 %. */
  disagrees: boolean;
}

/** Share by which the roster and the job description may differ before a role is flagged. */
export const HEADCOUNT_TOLERANCE = 0.1;

/** Per role, both headcounts, which one the dashboards use, and whether they disagree by more than 10 %. */
export function listRoleHeadcounts(db: Db, workspaceId: number): RoleHeadcount[] {
  const rows = db.all<{ roleId: number; roleKey: string; title: string; jd: number; roster: number | null }>(sql`
    SELECT id AS roleId, role_key AS roleKey, title, COALESCE(jd_headcount, headcount) AS jd, roster_headcount AS roster
    FROM roles WHERE workspace_id = ${workspaceId} ORDER BY title, id`);
  return rows.map((r) => ({
    roleId: r.roleId,
    roleKey: r.roleKey,
    title: r.title,
    fromJobDescription: r.jd,
    fromRoster: r.roster,
    source: r.roster ? "roster" : "job description",
    disagrees: r.roster !== null && headcountsDisagree(r.jd, r.roster),
  }));
}

/** One role's headcounts: which the dashboards use, and whether roster and job description disagree. */
export function getRoleHeadcount(db: Db, workspaceId: number, roleId: number): Omit<RoleHeadcount, "roleKey" | "title"> | undefined {
  const row = db.get<{ jd: number; roster: number | null }>(sql`
    SELECT COALESCE(jd_headcount, headcount) AS jd, roster_headcount AS roster
    FROM roles WHERE workspace_id = ${workspaceId} AND id = ${roleId}`);
  if (!row) return undefined;
  return {
    roleId,
    fromJobDescription: row.jd,
    fromRoster: row.roster,
    source: row.roster ? "roster" : "job description",
    disagrees: row.roster !== null && headcountsDisagree(row.jd, row.roster),
  };
}

export function headcountsDisagree(fromJobDescription: number, fromRoster: number): boolean {
  return Math.abs(fromRoster - fromJobDescription) > HEADCOUNT_TOLERANCE * fromJobDescription;
}
