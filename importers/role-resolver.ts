/**
 * Which role a task log row belongs to: its `role` cell is a role_id or a job title.
 * Exact matches only (titles compared case- and space-insensitively); an unknown or
 * ambiguous value is an error that names the closest known titles.
 */
import { closestNames } from "./closest";
import { memoize } from "./parse-once";

export interface KnownRole {
  id: number;
  roleKey: string;
  title: string;
}

export type RoleResult = { ok: true; roleId: number } | { ok: false; expected: string };

const titleKey = (title: string) => title.trim().replace(/\s+/g, " ").toLowerCase();

export function createRoleResolver(roles: readonly KnownRole[]): (value: string) => RoleResult {
  const byKey = new Map(roles.map((r) => [r.roleKey, r.id]));
  const byTitle = new Map<string, number[]>();
  for (const role of roles) {
    const key = titleKey(role.title);
    byTitle.set(key, [...(byTitle.get(key) ?? []), role.id]);
  }

  const resolve = (value: string): RoleResult => {
    const text = value.trim();
    const keyed = byKey.get(text);
    if (keyed !== undefined) return { ok: true, roleId: keyed };
    const titled = byTitle.get(titleKey(text));
    if (titled && titled.length === 1) return { ok: true, roleId: titled[0] };
    if (titled && titled.length > 1) {
      return { ok: false, expected: `a role_id: ${titled.length} roles have the title "${text}"` };
    }
    if (roles.length === 0) {
      return { ok: false, expected: "a known role, but this workspace has no roles yet: import the job descriptions first" };
    }
    const hints = closestNames(text, roles.map((r) => r.title));
    return { ok: false, expected: `a known role_id or exact job title (closest: ${hints.map((h) => `"${h}"`).join(", ")})` };
  };

  // A log file names a few dozen roles over a million rows: remember each answer.
  return memoize(resolve, 10_000);
}
