/**
 * A redesigned role written around outcomes rather than a task list: the outcomes it owns, what
 * it hands to AI (with the brief and the check), what moves to others with AI, the judgment work
 * to grow, and the five orchestrator capabilities with their levels. The same figures as the role
 * page (getRoleProfile, getRoleRedesign); the k-threshold hides a role's task list when its time
 * comes from fewer than k people.
 */
import type { Db } from "../../db/connection";
import { getRoleProfile, getRoleRedesign } from "../../db/queries/dashboard";
import { getRoleOutcomes } from "../../db/queries/dashboard/role-outcomes";
import { CAPABILITY_LABELS, type CapabilityLevel } from "../analyzer/capabilities";
import type { CardItem, CardSection } from "../analyzer/redesign";
import { ATOM_LABELS } from "../analyzer/taxonomy";
import { LEVEL_LABELS } from "../../importers/levels";

const levelName = (level: number) => LEVEL_LABELS[level] ?? `Level ${level}`;

/** Tasks named per atom group: enough to recognize the work. */
const TASKS_PER_GROUP = 5;

export interface ProfileGroup {
  atomLabel: string;
  /** null when some of the group's hours are hidden. */
  hours: number | null;
  tasks: string[];
  moreTasks: number;
  guidance: { label: string; text: string }[];
}

export interface RoleProfileDoc {
  roleId: number;
  title: string;
  department: string;
  levelName: string;
  levelLabel: string;
  headcount: number;
  /** Where the outcomes came from: the job description, or derived from the judgment work. */
  outcomesSource: "job description" | "judgment work" | "none";
  outcomes: string[];
  /** null: the role's time comes from fewer than k people, so its tasks and hours are hidden. */
  redesign: {
    handToAi: { hours: number; share: number | null; groups: ProfileGroup[] };
    moveWithAi: { hours: number; share: number | null; groups: ProfileGroup[] };
    keepAndGrow: { hours: number; share: number | null; groups: ProfileGroup[] };
    capabilities: { label: string; level: CapabilityLevel; reason: string }[];
  } | null;
}

function groups<T extends CardItem>(section: CardSection<T>, guidance: (t: T) => { label: string; text: string }[]) {
  const byAtom = new Map<string, ProfileGroup & { hidden: boolean }>();
  for (const t of section.tasks) {
    const label = ATOM_LABELS[t.atom];
    const g = byAtom.get(label) ?? { atomLabel: label, hours: 0, tasks: [], moreTasks: 0, guidance: guidance(t), hidden: false };
    if (t.hours === null) g.hidden = true;
    else g.hours = (g.hours ?? 0) + t.hours;
    if (g.tasks.length < TASKS_PER_GROUP) g.tasks.push(t.text);
    else g.moreTasks += 1;
    byAtom.set(label, g);
  }
  return {
    hours: section.hours,
    share: section.share,
    groups: [...byAtom.values()]
      .map(({ hidden, ...g }) => ({ ...g, hours: hidden ? null : g.hours }))
      .sort((a, b) => (b.hours ?? 0) - (a.hours ?? 0) || a.atomLabel.localeCompare(b.atomLabel)),
  };
}

/** undefined when the role is not in the workspace. */
export function buildRoleProfileDoc(db: Db, workspaceId: number, roleId: number): RoleProfileDoc | undefined {
  const profile = getRoleProfile(db, workspaceId, roleId);
  const detail = getRoleRedesign(db, workspaceId, roleId);
  if (!profile || !detail) return undefined;
  const r = profile.role;
  const redesign = detail.redesign.figures;
  const written = getRoleOutcomes(db, workspaceId, roleId);
  // Without written outcomes, the judgment work names what the role is accountable for; a line
  // that names no work (a bare ticket id) says nothing the role is accountable for.
  const judgment = redesign && { ...redesign.card.keepAndGrow, tasks: redesign.card.keepAndGrow.tasks.filter((t) => t.atom !== "unclear") };
  const derived = judgment ? groups(judgment, () => []).groups.slice(0, 4).map((g) => `${g.atomLabel}: ${g.tasks[0]}`) : [];
  return {
    roleId: r.roleId,
    title: r.title,
    department: r.department,
    levelName: levelName(r.level),
    levelLabel: r.levelLabel,
    headcount: r.headcount,
    outcomesSource: written.length ? "job description" : derived.length ? "judgment work" : "none",
    outcomes: written.length ? written : derived,
    redesign: redesign && {
      handToAi: groups(redesign.card.handToAi, (t) => [
        { label: "Brief", text: t.instruction },
        { label: "Check", text: t.verification },
      ]),
      moveWithAi: groups(redesign.card.moveWithAi, (t) => [{ label: "How", text: t.how }]),
      keepAndGrow: groups(redesign.card.keepAndGrow, (t) => [{ label: "Why", text: t.why }]),
      capabilities: redesign.capabilities.map((c) => ({ label: CAPABILITY_LABELS[c.capability], level: c.level, reason: c.reason })),
    },
  };
}
