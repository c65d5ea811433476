/**
 * The one plain sentence an HR reader sees: what kind of work this is, the strongest cues in
 * brackets, and, when clauses pull different ways, which part goes the other way.
 */
import type { Atom, Cue, TaskClass } from "../taxonomy";
import { RULE_REASONS, type RuleKind } from "./rubric-rules";

const ROUTINE_WORK: Record<Atom, string> = {
  research: "information gathering",
  summarize: "summarizing",
  draft: "drafting of a standard document",
  organize: "record keeping and organizing",
  analyze: "calculation",
  counterargue: "checking against set criteria",
  check_risks: "checking against set rules",
  compare: "comparison against set criteria",
  support_decision: "preparation of decision material",
  coordinate: "scheduling and standard communication",
  lead_people: "people administration",
  relate: "standard customer communication",
  hands_on: "equipment operation",
  create: "production from a template",
  unclear: "work",
};

const EXPERT_WORK: Record<Atom, string> = {
  research: "Research",
  summarize: "Synthesis of material",
  draft: "Writing",
  organize: "Organizing of information",
  analyze: "Analysis",
  counterargue: "Critical review",
  check_risks: "Risk and compliance checking",
  compare: "Comparison of options",
  support_decision: "Planning and advice",
  coordinate: "Coordination and explanation",
  lead_people: "Preparing guidance for people",
  relate: "Preparing client work",
  hands_on: "Technical work",
  create: "Design and development work",
  unclear: "Work",
};

const HUMAN_REASON: Partial<Record<Atom, string>> = {
  hands_on: "hands-on work in person",
  lead_people: "leading people",
  relate: "trust and presence with people",
  support_decision: "human judgment and accountability",
  coordinate: "human judgment in dealing with people",
};

export interface RationaleInput {
  taskClass: TaskClass;
  atom: Atom;
  /** Cues toward the chosen class, strongest first. */
  support: readonly Cue[];
  /** The strongest rubric rule toward specialized that fired, if any. */
  rule: RuleKind | null;
  /** False when nothing in the text named the unit of work and the atom is the class's default. */
  atomNamed: boolean;
  /** A main verb whose clause pulls the other way ("approve" in an automatable-looking task). */
  dissent: { verb: string; toward: TaskClass } | null;
}

const bracket = (cues: readonly Cue[]) => (cues.length ? ` (${cues.slice(0, 3).map((c) => c.cue).join(", ")})` : "");

export function rationale({ taskClass, atom, support, rule, atomNamed, dissent }: RationaleInput): string {
  if (support.length === 0 && !rule) {
    return "Too little recognizable task wording to judge with confidence; please review this one.";
  }
  let sentence: string;
  if (taskClass === "specialized") {
    const reason = rule ? RULE_REASONS[rule] : ((atomNamed ? HUMAN_REASON[atom] : undefined) ?? "human judgment or presence");
    sentence = `Needs ${reason}${bracket(support)}`;
    if (dissent) sentence += `; the '${dissent.verb}' part could be ${dissent.toward === "automatable" ? "automated" : "done with AI help"}`;
  } else if (taskClass === "automatable") {
    sentence = `Routine ${ROUTINE_WORK[atom]} that AI can carry end to end with light review${bracket(support)}`;
    sentence += dissent ? `; the '${dissent.verb}' part still needs a person` : "; no approval or client contact";
  } else {
    sentence = `${EXPERT_WORK[atom]} that needs domain knowledge; AI lets a non-expert do it while a person directs the result${bracket(support)}`;
    if (dissent) sentence += `; the '${dissent.verb}' part still needs a person`;
  }
  return sentence + ".";
}
