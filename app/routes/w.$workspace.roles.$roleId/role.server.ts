/**
 * The role page's view model: who the role is, how its time splits (per class and atom), its
 * tasks with the classification in force and who overrode what, the redesign card and the
 * orchestrator capabilities. Every figure comes from the dashboard query module; this file
 * only shapes it and decides what the URL asks to see (`?task=ID` opens one task's override
 * form and history, `?tasks=all` lists every task).
 */
import { getRoleHeadcount } from "../../../db/queries/roster";
import { z } from "zod";
import { getRoleClassRanges, getRoleProfile, getRoleRedesign, getRoleTasks, type RoleProfile, type RoleTask } from "../../../db/queries/dashboard";
import { listOverrides, type OverrideHistoryEntry } from "../../../db/queries/overrides";
import type { Db } from "../../../db/connection";
import { classShares } from "../../analyzer/class-hours";
import { ATOM_LABELS, CLASS_LABELS, type Atom, type TaskClass } from "../../analyzer/taxonomy";
import type { CardItem, CardSection } from "../../analyzer/redesign";
import type { HourBarItem } from "../../charts";
import { levelName } from "../../../importers/levels";
import type { DashboardContext } from "../../dashboard/dashboard.server";
import type { OverrideHistoryRow } from "../../overrides/override-history";

/** Tasks listed before "show all": enough for the work that matters, short enough to scan. */
export const TASKS_SHOWN = 30;

const RoleIdSchema = z.coerce.number().int().positive();

/** The role the URL names, or a 404: a bad id and another workspace's role look the same. */
export function requireRole(db: Db, workspaceId: number, param: string | undefined): RoleProfile {
  const parsed = RoleIdSchema.safeParse(param);
  const profile = parsed.success ? getRoleProfile(db, workspaceId, parsed.data) : undefined;
  if (!profile) throw new Response("Not found", { status: 404 });
  return profile;
}

export interface TaskOverrideNote {
  actor: string;
  date: string;
  reason: string;
  /** What the classifier said, for "was …". */
  classifierClass: TaskClass | null;
}

export interface TaskRow {
  textId: number;
  text: string;
  /** "Job description, task 2", "Logged", or both. */
  source: string;
  class: TaskClass | null;
  atom: Atom | null;
  atomLabel: string | null;
  confidence: number | null;
  rationale: string | null;
  hours: number | null;
  loggedHours: number | null;
  logged: boolean;
  suppressed: boolean;
  override: TaskOverrideNote | null;
}

export function loadRolePage({ db, access, url, shell }: DashboardContext, roleParam: string | undefined) {
  const ws = access.workspace.id;
  const profile = requireRole(db, ws, roleParam);
  const roleId = profile.role.roleId;
  const all = getRoleTasks(db, ws, roleId)!.tasks;
  // A role whose time comes from fewer than k people: its log-only texts would be those few
  // people's activity list, so only the job description's tasks are listed (decision 076).
  const tasks = profile.time.suppressed ? all.filter((t) => t.statementPosition !== null) : all;
  const { redesign } = getRoleRedesign(db, ws, roleId)!;

  const norms = new Set(tasks.map((t) => t.norm));
  const history = listOverrides(db, ws).filter((o) => norms.has(o.norm));
  const current = new Map(history.filter((o) => o.isCurrent).map((o) => [o.norm, o]));

  const selectedId = Number(url.searchParams.get("task"));
  const selected = tasks.find((t) => t.textId === selectedId) ?? null;
  const showAll = url.searchParams.get("tasks") === "all" || (selected !== null && tasks.indexOf(selected) >= TASKS_SHOWN);
  const shown = showAll ? tasks : tasks.slice(0, TASKS_SHOWN);

  const time = profile.time;
  return {
    shell,
    canEdit: access.role !== "viewer",
    role: { ...profile.role, levelName: levelName(profile.role.level) },
    headcount: getRoleHeadcount(db, ws, roleId) ?? null,
    cost: profile.cost.suppressed ? { suppressed: true as const, perFte: null } : { suppressed: false as const, perFte: profile.cost.figures.annualCost },
    weighting: profile.weighting,
    time: time.suppressed
      ? null
      : {
          hours: time.figures.hours,
          hoursLogged: time.figures.hoursLogged,
          loggers: time.figures.loggers,
          shares: classShares(time.figures.classHours),
          // Inside the time guard: the range says as much about the role's hours as the shares do.
          ranges: getRoleClassRanges(db, ws, roleId),
          classHours: time.figures.classHours,
          atomization: time.figures.atomization,
          mainCues: time.figures.mainCues.slice(0, 5).map((c) => `${c.cue} (${c.toward})`),
          atoms: atomBars(time.figures.atoms),
        },
    tasks: {
      total: tasks.length,
      hiddenLogTexts: all.length - tasks.length,
      timeSuppressed: profile.time.suppressed,
      showAll,
      rows: shown.map((t) => taskRow(t, current.get(t.norm))),
    },
    selected: selected
      ? {
          textId: selected.textId,
          text: selected.text,
          class: selected.class,
          atom: selected.atom,
          history: history.filter((o) => o.norm === selected.norm).map(historyRow),
        }
      : null,
    redesign: redesign.suppressed
      ? null
      : {
          capabilities: redesign.figures.capabilities,
          card: {
            handToAi: cardSection(redesign.figures.card.handToAi, (t) => [
              ["Instruction", t.instruction],
              ["Check", t.verification],
            ]),
            moveWithAi: cardSection(redesign.figures.card.moveWithAi, (t) => [["How", t.how]]),
            keepAndGrow: cardSection(redesign.figures.card.keepAndGrow, (t) => [["Why", t.why]]),
          },
        },
  };
}

export type RolePageView = ReturnType<typeof loadRolePage>;

function taskRow(t: RoleTask, override: OverrideHistoryEntry | undefined): TaskRow {
  const sources = [t.statementPosition !== null ? `Job description, task ${t.statementPosition + 1}` : null, t.logged ? "Logged" : null];
  return {
    textId: t.textId,
    text: t.text,
    source: sources.filter(Boolean).join(" · "),
    class: t.class,
    atom: t.atom,
    atomLabel: t.atom ? ATOM_LABELS[t.atom] : null,
    confidence: t.confidence,
    rationale: t.rationale,
    hours: t.hours,
    loggedHours: t.loggedHours,
    logged: t.logged,
    suppressed: t.suppressed,
    override: override
      ? { actor: override.actor, date: override.createdAt.slice(0, 10), reason: override.reason, classifierClass: t.classifierClass }
      : null,
  };
}

const classAndAtom = (c: { class: TaskClass | null; atom: Atom | null }) =>
  c.class ? `${CLASS_LABELS[c.class]}${c.atom ? ` (${ATOM_LABELS[c.atom]})` : ""}` : "not classified";

function historyRow(o: OverrideHistoryEntry): OverrideHistoryRow {
  return {
    id: o.id,
    date: o.createdAt.slice(0, 16).replace("T", " "),
    actor: o.actor,
    reason: o.reason,
    from: `${classAndAtom(o.from)}${o.from.source === "classifier" ? ", the classifier's answer" : ""}`,
    to: classAndAtom(o.to),
    isCurrent: o.isCurrent,
  };
}

/**
 * One bar per atom and class: an atom whose tasks fall in two classes gets two bars, told
 * apart by colour (and by class in the tooltip, the accessible name and the data table).
 */
function atomBars(atoms: readonly { atom: Atom; class: TaskClass; hours: number }[]): HourBarItem[] {
  return atoms.map((a) => ({ key: `${a.atom}-${a.class}`, label: ATOM_LABELS[a.atom], hours: a.hours, taskClass: a.class }));
}

export interface CardGroup {
  atom: Atom;
  atomLabel: string;
  /** Hours of the tasks whose hours may be shown. */
  hours: number;
  /** Tasks in the group whose own hours are suppressed. */
  suppressedTasks: number;
  /** The guidance for the atom: [label, sentence]. */
  guidance: [string, string][];
  /** The group's largest tasks (up to CARD_TASKS_PER_GROUP). */
  tasks: { textId: number; text: string; hours: number | null; because: string | null }[];
  /** Tasks of the group not listed on the card (they are in the task list). */
  moreTasks: number;
}

/** Tasks a card group lists: enough to recognize the work; a role can have hundreds. */
export const CARD_TASKS_PER_GROUP = 12;

/**
 * A redesign card section grouped by atom: the guidance (instruction and check, how to move it,
 * why to keep it) is the atom's, so a role with hundreds of tasks reads as a dozen groups.
 */
function cardSection<T extends CardItem>(section: CardSection<T>, guidance: (t: T) => [string, string][]) {
  const groups = new Map<Atom, CardGroup>();
  for (const t of section.tasks) {
    const group = groups.get(t.atom) ?? {
      atom: t.atom,
      atomLabel: ATOM_LABELS[t.atom],
      hours: 0,
      suppressedTasks: 0,
      guidance: guidance(t),
      tasks: [],
      moreTasks: 0,
    };
    if (t.hours === null) group.suppressedTasks += 1;
    else group.hours += t.hours;
    if (group.tasks.length < CARD_TASKS_PER_GROUP) group.tasks.push({ textId: t.textId, text: t.text, hours: t.hours, because: t.because });
    else group.moreTasks += 1;
    groups.set(t.atom, group);
  }
  return {
    hours: section.hours,
    share: section.share,
    taskCount: section.tasks.length,
    groups: [...groups.values()].sort((a, b) => b.hours - a.hours || a.atomLabel.localeCompare(b.atomLabel)),
  };
}

export type CardSectionView = ReturnType<typeof cardSection>;
