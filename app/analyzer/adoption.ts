/**
 * Behavioural evidence of readiness from the task logs: the share of logged hours done with
 * an AI tool, and adoption against potential — AI-assisted hours on exposed work (what the
 * analyzer calls automatable or democratized) ÷ all exposed hours. Pure; a group drawn from
 * fewer than k log employees is suppressed. docs/decisions/152-ai-use-in-task-logs.md.
 */
import { isSuppressed } from "./privacy";
import { ATOM_LABELS, type Atom, type TaskClass } from "./taxonomy";

/** Logged minutes of one employee in one role, for one class × atom, with or without AI. */
export interface AdoptionCell {
  roleId: number;
  employeeId: number;
  ai: boolean;
  taskClass: TaskClass | null;
  atom: Atom | null;
  minutes: number;
}

export interface AdoptionRole {
  id: number;
  title: string;
  department: string;
  level: number;
  levelName: string;
}

export interface AdoptionRow {
  key: string;
  label: string;
  /** Distinct log employees; null when 1 … k−1. */
  employees: number | null;
  suppressed: boolean;
  loggedHours: number | null;
  /** AI-assisted hours ÷ all logged hours. */
  aiShare: number | null;
  /** AI-assisted exposed hours ÷ exposed hours (null without exposed hours). */
  adoption: number | null;
  exposedHours: number | null;
}

export interface WeeklyAdoption {
  /** Monday of the week, YYYY-MM-DD. */
  week: string;
  employees: number | null;
  suppressed: boolean;
  aiShare: number | null;
}

export interface ToolShare {
  name: string;
  kind: "assistant" | "generic" | "in-house";
  employees: number | null;
  suppressed: boolean;
  /** Share of all AI-assisted hours. */
  share: number | null;
}

export interface AdoptionView {
  hasLogs: boolean;
  overall: AdoptionRow;
  byDepartment: AdoptionRow[];
  byLevel: AdoptionRow[];
  byRole: AdoptionRow[];
  byAtom: AdoptionRow[];
}

const isExposed = (c: TaskClass | null) => c === "automatable" || c === "democratized";

export function adoptionRow(key: string, label: string, cells: readonly AdoptionCell[], k: number): AdoptionRow {
  const people = new Set(cells.map((c) => c.employeeId)).size;
  const suppressed = isSuppressed(people, k);
  const employees = suppressed && people > 0 ? null : people;
  if (suppressed) return { key, label, employees, suppressed, loggedHours: null, aiShare: null, adoption: null, exposedHours: null };
  let all = 0, ai = 0, exposed = 0, exposedAi = 0;
  for (const c of cells) {
    all += c.minutes;
    if (c.ai) ai += c.minutes;
    if (isExposed(c.taskClass)) {
      exposed += c.minutes;
      if (c.ai) exposedAi += c.minutes;
    }
  }
  return {
    key,
    label,
    employees,
    suppressed,
    loggedHours: all / 60,
    aiShare: all > 0 ? ai / all : null,
    adoption: exposed > 0 ? exposedAi / exposed : null,
    exposedHours: exposed / 60,
  };
}

function grouped<K extends string | number>(
  cells: readonly AdoptionCell[],
  keyOf: (cell: AdoptionCell) => K | null,
  labelOf: (key: K) => string,
  k: number,
  order: (a: AdoptionRow, b: AdoptionRow) => number,
): AdoptionRow[] {
  const groups = new Map<K, AdoptionCell[]>();
  for (const cell of cells) {
    const key = keyOf(cell);
    if (key === null) continue;
    const list = groups.get(key);
    if (list) list.push(cell);
    else groups.set(key, [cell]);
  }
  return [...groups].map(([key, list]) => adoptionRow(String(key), labelOf(key), list, k)).sort(order);
}

export function buildAdoption(cells: readonly AdoptionCell[], roles: readonly AdoptionRole[], k: number): AdoptionView {
  const roleById = new Map(roles.map((r) => [r.id, r]));
  const known = cells.filter((c) => roleById.has(c.roleId));
  const byLabel = (a: AdoptionRow, b: AdoptionRow) => a.label.localeCompare(b.label);
  const levelNames = new Map(roles.map((r) => [r.level, r.levelName]));
  return {
    hasLogs: known.length > 0,
    overall: adoptionRow("all", "All selected roles", known, k),
    byDepartment: grouped(known, (c) => roleById.get(c.roleId)!.department, (d) => d, k, byLabel),
    byLevel: grouped(known, (c) => roleById.get(c.roleId)!.level, (l) => levelNames.get(l) ?? String(l), k, (a, b) => Number(a.key) - Number(b.key)),
    byRole: grouped(known, (c) => c.roleId, (id) => roleById.get(id)!.title, k, byLabel),
    byAtom: grouped(known, (c) => c.atom, (atom) => ATOM_LABELS[atom], k, (a, b) => (b.exposedHours ?? -1) - (a.exposedHours ?? -1) || byLabel(a, b)),
  };
}

/** Per-week AI share; a week with fewer than k logging employees is suppressed. */
export function buildWeekly(rows: readonly { week: string; employeeId: number; ai: boolean; minutes: number }[], k: number): WeeklyAdoption[] {
  const weeks = new Map<string, { people: Set<number>; all: number; ai: number }>();
  for (const r of rows) {
    let w = weeks.get(r.week);
    if (!w) weeks.set(r.week, (w = { people: new Set(), all: 0, ai: 0 }));
    w.people.add(r.employeeId);
    w.all += r.minutes;
    if (r.ai) w.ai += r.minutes;
  }
  return [...weeks]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([week, w]) => {
      const suppressed = isSuppressed(w.people.size, k);
      return { week, employees: suppressed ? null : w.people.size, suppressed, aiShare: suppressed || !(w.all > 0) ? null : w.ai / w.all };
    });
}

/** Tools by share of AI-assisted hours; a tool used by fewer than k people is not named. */
export function buildToolShares(
  rows: readonly { name: string; kind: ToolShare["kind"]; employeeId: number; minutes: number }[],
  k: number,
): ToolShare[] {
  const tools = new Map<string, { kind: ToolShare["kind"]; people: Set<number>; minutes: number }>();
  let total = 0;
  for (const r of rows) {
    let t = tools.get(r.name);
    if (!t) tools.set(r.name, (t = { kind: r.kind, people: new Set(), minutes: 0 }));
    t.people.add(r.employeeId);
    t.minutes += r.minutes;
    total += r.minutes;
  }
  const shown: ToolShare[] = [];
  const hidden = { people: new Set<number>(), minutes: 0 };
  for (const [name, t] of tools) {
    if (isSuppressed(t.people.size, k)) {
      for (const p of t.people) hidden.people.add(p);
      hidden.minutes += t.minutes;
    } else {
      shown.push({ name, kind: t.kind, employees: t.people.size, suppressed: false, share: total > 0 ? t.minutes / total : null });
    }
  }
  shown.sort((a, b) => (b.share ?? 0) - (a.share ?? 0) || a.name.localeCompare(b.name));
  if (hidden.minutes > 0) {
    const suppressed = isSuppressed(hidden.people.size, k);
    shown.push({
      name: "Other tools, each used by fewer than k people",
      kind: "in-house",
      employees: suppressed ? null : hidden.people.size,
      suppressed,
      share: suppressed ? null : hidden.minutes / total,
    });
  }
  return shown;
}
