/**
 * Which unit of work a clause is: the verb's atom from the lexicon, corrected by its object
 * ("prepare reports" drafts, "prepare food" is hands-on, "train staff" leads people) and by the
 * rubric rule that fired in it.
 */
import type { Atom, TaskClass } from "../taxonomy";
import { objectKind, type ObjectKind, VERBS, verbAtom } from "./lexicon";
import type { Clause, ParsedTask } from "./parse";
import type { RuleKind } from "./rubric-rules";

export const RULE_ATOM: Record<RuleKind, Atom | null> = {
  decide: "support_decision",
  negotiate: "relate",
  lead: "lead_people",
  care: "relate",
  client: "relate",
  meet: "coordinate",
  stakes: null,
};

const MAKE_VERBS = new Set(["prepare", "write", "produce", "create", "develop", "compose", "draft", "generate", "issue"]);
/** Working alongside people, not leading them ("assist technicians", "shadow new agents"). */
const ALONGSIDE = new Set(["assist", "help", "accompany", "shadow", "join", "support"]);

export function clauseAtom(clause: Clause, rule: RuleKind | null, taskClass: TaskClass): Atom | null {
  if (rule && RULE_ATOM[rule]) return RULE_ATOM[rule];
  // Of "diagnose and repair", the verb that leans the way the task was classed names the work.
  const leaning = (v: string) => {
    const lean = VERBS.get(v)?.lean;
    return lean !== undefined && (lean === "S") === (taskClass === "specialized");
  };
  const verb = clause.verbs.find(leaning) ?? clause.verbs.find((v) => VERBS.has(v));
  const entry = verb ? VERBS.get(verb) : undefined;
  let kind: ObjectKind | undefined;
  for (const o of clause.objects) if ((kind = objectKind(o)) !== undefined) break;
  if (kind === "physical" && entry?.lean !== "D") return "hands_on";
  // People as the object make it people leadership, unless the verb talks with them or works
  // alongside them ("assist technicians" is not leading them).
  if (kind === "staff" && entry?.atom !== "coordinate" && !ALONGSIDE.has(verb ?? "")) return "lead_people";
  if (verb && MAKE_VERBS.has(verb)) {
    if (kind === "document") return "draft";
    if (kind === "record") return "organize";
    if (kind === "analysis") return "analyze";
    if (kind === "software" || kind === "design") return "create";
  }
  if (kind === "risk" && entry && (entry.atom === "counterargue" || entry.atom === "analyze" || entry.atom === "research")) return "check_risks";
  if (entry) return verbAtom(verb!, clause.objects) ?? entry.atom;
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

/**
 * When no clause names a known unit of work, the class says the most about it. A specialized
 * task is hands-on only with something physical in it; otherwise what needs a person is the
 * judgment ("Needs human judgment or presence" in the rationale).
 */
export function fallbackAtom(taskClass: TaskClass, parsed: ParsedTask): Atom {
  if (taskClass === "automatable") return "organize";
  if (taskClass === "democratized") return "analyze";
  for (const clause of parsed.clauses) {
    for (const verb of clause.verbs) if (verbAtom(verb, clause.objects) === "hands_on") return "hands_on";
    for (const object of clause.objects) if (objectKind(object) === "physical") return "hands_on";
    for (const p of clause.preps) if (objectKind(p.head) === "physical") return "hands_on";
  }
  return "support_decision";
}
