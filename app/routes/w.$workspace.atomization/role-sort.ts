/**
 * Sorting of the atomization page's role table, held in the URL (`?sort=hours&dir=asc`) so it
 * works without JS, a link reproduces it and Back undoes it. Pure.
 */
import type { TaskClass } from "../../analyzer/taxonomy";

export const SORT_KEYS = ["title", "headcount", "hours", "atomization", "automatable", "democratized", "specialized"] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = "asc" | "desc";
export interface RoleSort {
  key: SortKey;
  dir: SortDir;
}

export const DEFAULT_SORT: RoleSort = { key: "atomization", dir: "desc" };

/** The direction a column sorts in when first clicked: titles A→Z, figures largest first. */
export function firstDirection(key: SortKey): SortDir {
  return key === "title" ? "asc" : "desc";
}

export function parseRoleSort(params: URLSearchParams): { ok: true; sort: RoleSort } | { ok: false; message: string } {
  const key = params.get("sort") || DEFAULT_SORT.key;
  if (!(SORT_KEYS as readonly string[]).includes(key)) {
    return { ok: false, message: `sort must be one of ${SORT_KEYS.join(", ")}, got "${key}"` };
  }
  const dir = params.get("dir") || firstDirection(key as SortKey);
  if (dir !== "asc" && dir !== "desc") return { ok: false, message: `dir must be asc or desc, got "${dir}"` };
  return { ok: true, sort: { key: key as SortKey, dir } };
}

export interface SortableRole {
  title: string;
  headcount: number;
  /** null when suppressed (fewer than k people): such rows go last, whatever the sort. */
  figures: { hours: number; atomization: number | null; shares: Record<TaskClass, number> | null } | null;
}

function valueOf(row: SortableRole, key: SortKey): string | number | null {
  switch (key) {
    case "title":
    case "headcount":
      return row[key];
    case "hours":
      return row.figures?.hours ?? null;
    case "atomization":
      return row.figures?.atomization ?? null;
    default:
      return row.figures?.shares?.[key] ?? null;
  }
}

/**
 * A sorted copy. Rows without figures (suppressed, or no hours) come last in either direction,
 * in title order, so their position says nothing about the numbers they hide.
 */
export function sortRoles<T extends SortableRole>(rows: readonly T[], sort: RoleSort): T[] {
  const sign = sort.dir === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = valueOf(a, sort.key);
    const vb = valueOf(b, sort.key);
    if (va === null || vb === null) return Number(va === null) - Number(vb === null) || a.title.localeCompare(b.title);
    const order = typeof va === "string" ? va.localeCompare(String(vb)) : va - Number(vb);
    return sign * order || a.title.localeCompare(b.title);
  });
}

/** The query string for a column header's link: that column, flipping the direction if it is already sorted by it. */
export function sortSearch(search: string, key: SortKey, current: RoleSort): string {
  const params = new URLSearchParams(search);
  const dir = current.key === key ? (current.dir === "asc" ? "desc" : "asc") : firstDirection(key);
  params.set("sort", key);
  params.set("dir", dir);
  // A new order starts at its first page.
  params.delete("page");
  return `?${params}`;
}
