/**
 * Which unit of work a clause is: the verb's atom from the lexicon, corrected by its object
 * ("prepare reports" drafts, "prepare food" is hands-on, "train staff" leads people) and by the
 * rubric rule that fired in it.
 */
import type { Atom, TaskClass } from "../taxonomy";
import { objectKind, type ObjectKind, VERBS } from "./lexicon";
import type { Clause } from "./parse";
import type { RuleKind } from "./rubric-rules";

const RULE_ATOM: Record<RuleKind, Atom | null> = {
  decide: "support_decision",
  negotiate: "relate",
  lead: "lead_people",
  care: "relate",
  client: "relate",
  stakes: null,
};

const MAKE_VERBS = new Set(["prepare", "write", "produce", "create", "develop", "compose", "draft", "generate", "issue"]);

export function clauseAtom(clause: Clause, rule: RuleKind | null): Atom | null {
  if (rule && RULE_ATOM[rule]) return RULE_ATOM[rule];
  const verb = clause.verbs.find((v) => VERBS.has(v));
  const entry = verb ? VERBS.get(verb) : undefined;
  const kinds = clause.objects.map(objectKind);
  const kind = kinds.find((k) => k !== undefined);
  if (kind === "physical" && entry?.lean !== "D") return "hands_on";
  if (kind === "staff" && entry?.atom !== "coordinate") return "lead_people";
  if (verb && MAKE_VERBS.has(verb)) {
    if (kind === "document") return "draft";
    if (kind === "record") return "organize";
    if (kind === "analysis") return "analyze";
    if (kind === "software" || kind === "design") return "create";
  }
  if (kind === "risk" && entry && (entry.atom === "counterargue" || entry.atom === "analyze" || entry.atom === "research")) return "check_risks";
  if (entry) return entry.atom;
  // A verb the lexicon does not know ("perform data entry"): the object names the work.
  return kind ? OBJECT_ATOM[kind] : null;
}

const OBJECT_ATOM: Record<ObjectKind, Atom> = {
  document: "draft",
  record: "organize",
  analysis: "analyze",
  software: "create",
  design: "create",
  staff: "lead_people",
  client: "relate",
  physical: "hands_on",
  risk: "check_risks",
};

/** When no clause names a known unit of work, the class says the most about it. */
export const FALLBACK_ATOM: Record<TaskClass, Atom> = {
  automatable: "organize",
  democratized: "analyze",
  specialized: "hands_on",
};
