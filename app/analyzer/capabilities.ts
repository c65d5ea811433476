/**
 * The five orchestrator capabilities a redesigned role needs, each scored as the share of the
 * role's hours that will call on it, with a plain reason. Definitions: docs/analysis.md.
 */
import { INFORMATION_ATOMS } from "./rollup";
import { ATOM_LABELS, type Atom, type TaskClass } from "./taxonomy";

export const CAPABILITIES = ["decomposition", "instruction", "verification", "automation", "scaling"] as const;
export type Capability = (typeof CAPABILITIES)[number];

export const CAPABILITY_LABELS: Record<Capability, string> = {
  decomposition: "Decomposition",
  instruction: "Instruction",
  verification: "Verification",
  automation: "Automation",
  scaling: "Scaling",
};

export const CAPABILITY_DESCRIPTIONS: Record<Capability, string> = {
  decomposition: "Cutting work into well-defined pieces that AI or others can take.",
  instruction: "Briefing AI clearly: the goal, the sources, the audience and the format.",
  verification: "Checking AI's output before it counts: in full for owned work, by sampling for routine work.",
  automation: "Setting routine work up once as a repeatable flow instead of doing it each time.",
  scaling: "Directing more work through others and AI: delegating, coaching and coordinating.",
};

/** Atoms whose output is content shaped by the brief: what an instruction changes most. */
const CONTENT_ATOMS: ReadonlySet<Atom> = new Set(["research", "summarize", "draft", "analyze", "compare", "counterargue", "create"]);
const DIRECTING_ATOMS: ReadonlySet<Atom> = new Set(["coordinate", "lead_people"]);

export type CapabilityLevel = "high" | "medium" | "low" | "none";

/** ≥ 40 % of the time: high; ≥ 15 %: medium; any: low. */
export function capabilityLevel(score: number | null): CapabilityLevel {
  if (score === null || score <= 0) return "none";
  if (score >= 0.4) return "high";
  return score >= 0.15 ? "medium" : "low";
}

export interface CapabilityTask {
  class: TaskClass;
  atom: Atom;
  hours: number;
}

export interface CapabilityNeed {
  capability: Capability;
  /** Share of the role's hours that calls on it (0–1); null when the role has no hours. */
  score: number | null;
  level: CapabilityLevel;
  reason: string;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** The atoms carrying the most hours in a subset, as "research, drafting and organizing". */
function topAtoms(tasks: readonly CapabilityTask[], limit = 3): string {
  const hours = new Map<Atom, number>();
  for (const t of tasks) hours.set(t.atom, (hours.get(t.atom) ?? 0) + t.hours);
  const names = [...hours]
    .filter(([, h]) => h > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([atom]) => ATOM_LABELS[atom].toLowerCase());
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

export function capabilityNeeds(tasks: readonly CapabilityTask[]): CapabilityNeed[] {
  const total = tasks.reduce((sum, t) => sum + Math.max(0, t.hours), 0);
  if (!(total > 0)) {
    return CAPABILITIES.map((capability) => ({
      capability,
      score: null,
      level: "none" as const,
      reason: "This role has no analysed time yet.",
    }));
  }
  const share = (subset: readonly CapabilityTask[]) => subset.reduce((sum, t) => sum + Math.max(0, t.hours), 0) / total;
  const automatable = tasks.filter((t) => t.class === "automatable");
  const democratized = tasks.filter((t) => t.class === "democratized");
  const atomized = tasks.filter((t) => t.class !== "specialized" && INFORMATION_ATOMS.has(t.atom));
  const briefed = tasks.filter((t) => t.class !== "specialized" && CONTENT_ATOMS.has(t.atom));
  const directing = tasks.filter((t) => t.class === "democratized" || DIRECTING_ATOMS.has(t.atom));
  const a = share(automatable);
  const d = share(democratized);

  const needs: Record<Capability, { score: number; reason: string; none: string }> = {
    decomposition: {
      score: share(atomized),
      reason: `${pct(share(atomized))} of the time is well-defined information work (${topAtoms(atomized)}) that can be cut into pieces and handed to AI or to others.`,
      none: "Little of the work splits into well-defined information tasks; it stays whole.",
    },
    instruction: {
      score: share(briefed),
      reason: `${pct(share(briefed))} of the time is ${topAtoms(briefed)} that AI will do or help with: the result is only as good as the brief.`,
      none: "No content work goes to AI, so there is little to brief.",
    },
    verification: {
      score: d + a / 2,
      reason: `${pct(d)} of the time is work the role will own with AI (check in full) and ${pct(a)} is routine work AI does (spot-check samples); automatable hours count half.`,
      none: "No work goes to AI, so there is no AI output to check.",
    },
    automation: {
      score: a,
      reason: `${pct(a)} of the time is routine ${topAtoms(automatable)} that can be set up once as a repeatable flow.`,
      none: "No routine work to automate.",
    },
    scaling: {
      score: share(directing),
      reason: `${pct(share(directing))} of the time is work that could move to less senior colleagues with AI, or coordinating and leading: the role will direct more work through others.`,
      none: "The role neither hands work on nor coordinates others.",
    },
  };
  return CAPABILITIES.map((capability) => {
    const { score, reason, none } = needs[capability];
    return { capability, score, level: capabilityLevel(score), reason: score > 0 ? reason : none };
  });
}
