/**
 * Roll-ups: how a role's time splits over classes and atoms, and how roles add up to
 * departments, levels, locations and the workspace. Pure arithmetic over plain rows; the
 * database does the GROUP BYs over the task log and hands the sums in.
 */
import { classShares, emptyClassHours, HOURS_PER_FTE_YEAR, type ClassHours } from "./class-hours";
import { ATOMS, TASK_CLASSES, type Atom, type Cue, type TaskClass } from "./taxonomy";

export type Weighting = "logs" | "statements";

/**
 * The atoms that are well-defined units of information work (the first eight of ATOMS:
 * research … compare). Time in them, unless the task is specialized, is time that can be cut
 * into pieces and handed to AI: the atomization measure.
 */
export const INFORMATION_ATOMS: ReadonlySet<Atom> = new Set(ATOMS.slice(0, 8));

export interface LoggedText {
  textId: number;
  minutes: number;
  logRows: number;
  employees: number;
}

export interface TaskWeight extends LoggedText {
  source: Weighting;
}

export interface RoleWeights {
  /** null when the role has neither logged minutes nor task statements. */
  weighting: Weighting | null;
  weights: TaskWeight[];
}

/**
 * Which tasks weigh how much in a role. Logged minutes when the role logged any time;
 * otherwise equal weights over its task statements (a text listed twice weighs twice). A
 * statement's weight is written as its equal slice of one FTE-year in minutes, so shares come
 * out of `minutes / Σ minutes` the same way for both sources.
 */
export function chooseRoleWeights(
  logged: readonly LoggedText[],
  statementTextIds: readonly number[],
  hoursPerFteYear = HOURS_PER_FTE_YEAR,
): RoleWeights {
  const loggedMinutes = logged.reduce((sum, row) => sum + Math.max(0, row.minutes), 0);
  if (loggedMinutes > 0) {
    return { weighting: "logs", weights: logged.map((row) => ({ ...row, source: "logs" as const })) };
  }
  if (statementTextIds.length === 0) return { weighting: null, weights: [] };
  const counts = new Map<number, number>();
  for (const id of statementTextIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  const slice = (hoursPerFteYear * 60) / statementTextIds.length;
  return {
    weighting: "statements",
    weights: [...counts].map(([textId, count]) => ({
      textId,
      source: "statements" as const,
      minutes: slice * count,
      logRows: 0,
      employees: 0,
    })),
  };
}

export interface ClassifiedTask {
  minutes: number;
  class: TaskClass;
  atom: Atom;
  /** Cues that still speak for this task (see `mainCues`). */
  cues?: readonly Cue[];
}

export interface RollupCell {
  class: TaskClass;
  atom: Atom;
  minutes: number;
  /** Share of the role's time, 0–1. */
  share: number;
  /** Annualized hours for the whole role: headcount × hours per FTE-year × share. */
  hours: number;
  tasks: number;
}

export interface RoleRollup {
  totalMinutes: number;
  /** headcount × hours per FTE-year (0 when the role has no weighted time). */
  annualHours: number;
  /** Ordered by class, then atom, as in the taxonomy. Empty when the role has no time. */
  cells: RollupCell[];
  classHours: ClassHours;
  classShares: ClassHours | null;
  /** Share of time in non-specialized information atoms; null when the role has no time. */
  atomization: number | null;
}

const cellOrder = (c: TaskClass, a: Atom) => TASK_CLASSES.indexOf(c) * ATOMS.length + ATOMS.indexOf(a);

export function rollupRole(
  tasks: readonly ClassifiedTask[],
  headcount: number,
  hoursPerFteYear = HOURS_PER_FTE_YEAR,
): RoleRollup {
  const totalMinutes = tasks.reduce((sum, t) => sum + Math.max(0, t.minutes), 0);
  if (!(totalMinutes > 0)) {
    return { totalMinutes: 0, annualHours: 0, cells: [], classHours: emptyClassHours(), classShares: null, atomization: null };
  }
  const annualHours = Math.max(0, headcount) * hoursPerFteYear;
  const byCell = new Map<number, RollupCell>();
  for (const task of tasks) {
    const key = cellOrder(task.class, task.atom);
    const cell = byCell.get(key) ?? { class: task.class, atom: task.atom, minutes: 0, share: 0, hours: 0, tasks: 0 };
    cell.minutes += Math.max(0, task.minutes);
    cell.tasks += 1;
    byCell.set(key, cell);
  }
  const cells = [...byCell.entries()].sort((a, b) => a[0] - b[0]).map(([, cell]) => cell);
  const classHours = emptyClassHours();
  for (const cell of cells) {
    cell.share = cell.minutes / totalMinutes;
    cell.hours = annualHours * cell.share;
    classHours[cell.class] += cell.hours;
  }
  // Shares come from minutes, not hours, so a role with headcount 0 still has a mix.
  const minuteShares = emptyClassHours();
  for (const cell of cells) minuteShares[cell.class] += cell.share;
  return {
    totalMinutes,
    annualHours,
    cells,
    classHours,
    classShares: minuteShares,
    atomization: atomizationOf(cells.map((c) => ({ class: c.class, atom: c.atom, weight: c.minutes }))),
  };
}

/** Share of the weight sitting in information atoms on tasks that are not specialized. */
export function atomizationOf(cells: readonly { class: TaskClass; atom: Atom; weight: number }[]): number | null {
  let total = 0;
  let atomized = 0;
  for (const cell of cells) {
    const weight = Math.max(0, cell.weight);
    total += weight;
    if (cell.class !== "specialized" && INFORMATION_ATOMS.has(cell.atom)) atomized += weight;
  }
  return total > 0 ? atomized / total : null;
}

export interface MainCue {
  cue: string;
  toward: TaskClass;
  /** Σ cue weight × the task's share of the role's time. */
  score: number;
}

/**
 * A role's main cues: the cues that carry the most weight across its tasks once each task's
 * cues are scaled by the task's share of the role's time. A cue seen in several tasks adds up.
 */
export function mainCues(tasks: readonly ClassifiedTask[], limit = 5): MainCue[] {
  const total = tasks.reduce((sum, t) => sum + Math.max(0, t.minutes), 0);
  if (!(total > 0) || limit <= 0) return [];
  const scores = new Map<string, MainCue>();
  for (const task of tasks) {
    const share = Math.max(0, task.minutes) / total;
    for (const cue of task.cues ?? []) {
      const key = `${cue.toward}\u0000${cue.cue}`;
      const entry = scores.get(key) ?? { cue: cue.cue, toward: cue.toward, score: 0 };
      entry.score += cue.weight * share;
      scores.set(key, entry);
    }
  }
  return [...scores.values()]
    .filter((c) => c.score > 0)
    .sort((a, b) => b.score - a.score || a.cue.localeCompare(b.cue) || a.toward.localeCompare(b.toward))
    .slice(0, limit);
}

export interface HoursCell {
  class: TaskClass;
  atom: Atom;
  hours: number;
}

export interface AtomHours {
  atom: Atom;
  class: TaskClass;
  hours: number;
  share: number;
}

export interface HoursSummary {
  hours: number;
  classHours: ClassHours;
  classShares: ClassHours | null;
  /** Class × atom cells with hours > 0, largest first. */
  atoms: AtomHours[];
  atomization: number | null;
}

/** Adds up annualized cells (of one role or many): roles weigh by their hours. */
export function summarizeHours(cells: readonly HoursCell[]): HoursSummary {
  const classHours = emptyClassHours();
  const byCell = new Map<number, AtomHours>();
  for (const cell of cells) {
    const hours = Math.max(0, cell.hours);
    classHours[cell.class] += hours;
    const key = cellOrder(cell.class, cell.atom);
    const entry = byCell.get(key) ?? { atom: cell.atom, class: cell.class, hours: 0, share: 0 };
    entry.hours += hours;
    byCell.set(key, entry);
  }
  const total = classHours.automatable + classHours.democratized + classHours.specialized;
  const atoms = [...byCell.entries()]
    .filter(([, a]) => a.hours > 0)
    .sort((a, b) => b[1].hours - a[1].hours || a[0] - b[0])
    .map(([, a]) => ({ ...a, share: a.hours / total }));
  return {
    hours: total,
    classHours,
    classShares: classShares(classHours),
    atoms,
    atomization: atomizationOf(atoms.map((a) => ({ class: a.class, atom: a.atom, weight: a.hours }))),
  };
}

/** Roll-ups per group (department, level, location, or one key for the workspace). */
export function rollupGroups<K>(rows: readonly (HoursCell & { key: K })[]): Map<K, HoursSummary> {
  const cellsByKey = new Map<K, HoursCell[]>();
  for (const row of rows) {
    const list = cellsByKey.get(row.key) ?? [];
    list.push(row);
    cellsByKey.set(row.key, list);
  }
  return new Map([...cellsByKey].map(([key, cells]) => [key, summarizeHours(cells)]));
}
