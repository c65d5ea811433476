/**
 * Which unit of work a clause is: the verb's atom from the lexicon, corrected by its object
 * ("prepare reports" drafts, "prepare food" is hands-on, "train staff" leads people) and by the
 * rubric rule that fired in it.
 */
import type { Atom, TaskClass } from "../taxonomy";
import { firstKnownVerb, HIGH_STAKES_WORDS, objectKind, type ObjectKind, VERBS, verbAtom, words } from "./lexicon";
import type { Clause, ParsedTask } from "./parse";
import type { RuleKind } from "./rubric-rules";
import { contextAtom, makesPlans, writesText, physicalAtom, servesPeople, verbContextAtom, visitsToWork } from "./atom-context";

export const RULE_ATOM: Record<RuleKind, Atom | null> = {
  decide: "support_decision",
  negotiate: "relate",
  lead: "lead_people",
  care: "relate",
  client: "relate",
  meet: "coordinate",
  stakes: null,
  information: null,
};

/**
 * People from outside the organization whom work is done with, beyond the people served
 * (lexicon.ts "client" kind): a homeowner, a supplier, the other side's counsel, a client's
 * relative. Not colleagues' roles that may sit on either side ("partner", "owner", "inspector").
 */
const OUTSIDERS: ReadonlySet<string> = words(`homeowner vendor supplier contractor subcontractor landlord
  counsel attorney lawyer insurer carrier broker distributor dealer wholesaler manufacturer regulator
  investor lender prospect mom dad mother father spouse husband wife guardian relative daughter son`);

/** People met to fill a job, and the job opening itself ("phone screens – RN req 4412"). */
const HIRING: ReadonlySet<string> = words("candidate applicant interviewee recruit hire requisition req");

/** Whether a meeting's object or a prepositional head is one of `people`. */
const meetsAny = (clause: Clause, people: ReadonlySet<string>) => clause.objects.some((o) => people.has(o)) || clause.preps.some((p) => people.has(p.head));

const MAKE_VERBS = new Set(["prepare", "write", "produce", "create", "develop", "compose", "draft", "generate", "issue", "build"]);
/** Making verbs that build a model or a system rather than calculate one ("build a forecasting model"). */
const BUILD_VERBS = new Set(["develop", "create", "build"]);
/** Working alongside people, not leading them ("assist technicians", "accompany the inspector"). */
const ALONGSIDE = new Set(["assist", "help", "accompany", "join", "support"]);

export function clauseAtom(clause: Clause, rule: RuleKind | null, taskClass: TaskClass): Atom | null {
  // Keeping up knowledge at a conference is research, though meeting people there fired the meet rule.
  if (rule === "meet") {
    const knowledge = contextAtom(clause, clause.verbs[0]);
    if (knowledge === "research") return knowledge;
    // A visit made to do physical work is that work ("seasonal maintenance visits"; decision 232).
    if (visitsToWork(clause)) return "hands_on";
    // A meeting or call with someone from outside the organization is relating to them, as O*NET's
    // "communicating with people outside the organization" is (decision 226).
    if (meetsAny(clause, OUTSIDERS)) return "relate";
    // One with candidates for a job is hiring, which the rubric's table puts under leading people (decision 227).
    if (meetsAny(clause, HIRING)) return "lead_people";
  }
  if (rule && RULE_ATOM[rule]) return RULE_ATOM[rule];
  // Of "diagnose and repair", the verb that leans the way the task was classed names the work.
  const specialized = taskClass === "specialized";
  let verb: string | undefined;
  for (const v of clause.verbs) {
    const lean = VERBS.get(v)?.lean;
    if (lean !== undefined && (lean === "S") === specialized) {
      verb = v;
      break;
    }
  }
  verb ??= firstKnownVerb(clause.verbs) ?? clause.verbs[0];
  const entry = verb ? VERBS.get(verb) : undefined;
  const context = contextAtom(clause, verb);
  if (context) return context;
  let kind: ObjectKind | undefined;
  for (const o of clause.objects) if ((kind = objectKind(o)) !== undefined) break;
  if (kind === "physical") {
    // "Test machines" checks them, "monitor gauges" tends them; a routine verb on a thing is hands-on.
    const onThing = physicalAtom(verb);
    if (onThing) return onThing;
    if (entry?.lean !== "D") return "hands_on";
  }
  const atom = entry ? verbAtom(verb!, clause.objects, clause.mods) : undefined;
  // The people the work is for, in the work ("advise students", "assess patients' status",
  // "explain procedures to patients"): relating to them, unless the verb leads, handles things
  // or keeps records about them.
  if (servesPeople(clause) && atom !== "lead_people" && atom !== "hands_on" && !(atom === "organize" || atom === "draft")) return "relate";
  // People as the object make it people leadership, unless the verb talks with them or works
  // alongside them ("assist technicians" is not leading them).
  if (kind === "staff" && entry?.atom !== "coordinate" && !ALONGSIDE.has(verb ?? "")) return "lead_people";
  if (verb && MAKE_VERBS.has(verb)) {
    if (makesPlans(clause)) return "support_decision";
    if (writesText(clause)) return "draft";
    if (kind === "document") return "draft";
    if (kind === "record") return "organize";
    // "Develop a forecasting model" builds something; "prepare forecasts" analyzes.
    if (kind === "analysis") return BUILD_VERBS.has(verb) ? "create" : "analyze";
    if (kind === "software" || kind === "design") return "create";
  }
  if (kind === "risk" && entry && (entry.atom === "counterargue" || entry.atom === "analyze" || entry.atom === "research")) return "check_risks";
  const fromContext = verb ? verbContextAtom(verb, clause) : null;
  if (fromContext) return fromContext;
  if (atom) return atom;
  // A verb the lexicon does not know ("perform data entry"): the object names the work.
  return kind ? OBJECT_ATOM[kind] : null;
}

/** Being on call is when the work happens, not what it is. */
const DUTIES: ReadonlySet<string> = new Set(["oncall", "standby"]);

/**
 * When the deciding clause names only a duty ("on-call: investigate checkout latency"), the work
 * of the first other main clause with a known verb, as the rules read it (decision 226); null
 * otherwise. Without it the line took the specialized default, hands-on work.
 */
export function workBesideDuty(clauses: readonly Clause[], deciding: number, taskClass: TaskClass): Atom | null {
  const duty = clauses[deciding];
  if (duty.verbs.length > 0 || duty.objects.length === 0 || !duty.objects.every((o) => DUTIES.has(o))) return null;
  for (let i = 0; i < clauses.length; i++) {
    const clause = clauses[i];
    if (i === deciding || clause.secondary || !clause.verbs.some((verb) => VERBS.has(verb))) continue;
    const atom = clauseAtom(clause, null, taskClass);
    if (atom !== null) return atom;
  }
  return null;
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

const isPhysical = (lemma: string) => objectKind(lemma) === "physical";

/** A physical thing as an object or prepositional head, and with `modifiers` also as a modifier ("refrigerant recovery"). */
export function namesPhysicalThing(clause: Clause, modifiers = false): boolean {
  if (clause.objects.some(isPhysical) || clause.preps.some((p) => isPhysical(p.head))) return true;
  return modifiers && clause.mods.some(isPhysical);
}

/** A clause about physical work: a hands-on verb on its objects, or a physical thing named (namesPhysicalThing). */
export function physicalWork(clause: Clause, modifiers = false): boolean {
  if (clause.verbs.some((verb) => verbAtom(verb, clause.objects, clause.mods) === "hands_on")) return true;
  return namesPhysicalThing(clause, modifiers);
}

/**
 * When no clause names a known unit of work, the words of the whole text still may: the people
 * served (relate), staff (lead people), something physical (hands-on), in that order. Only with
 * none of them does the class decide: automatable → organize, democratized → support_decision
 * (what a person adds is the judgment), specialized → hands_on (on O*NET statements, half of the
 * specialized tasks that reach this point are physical work with verbs the lexicon does not
 * know: "glaze", "splice", "blend"). Analysis is never a default: it must be named ("Take brief
 * medical histories from patients" is patient contact, not analysis). `named` is false for the
 * class default, so the rationale does not claim to know the work.
 */
export function fallbackAtom(taskClass: TaskClass, parsed: ParsedTask): { atom: Atom; named: boolean } {
  for (const clause of parsed.clauses) if (servesPeople(clause)) return { atom: "relate", named: true };
  for (const clause of parsed.clauses) {
    for (const object of clause.objects) if (objectKind(object) === "staff") return { atom: "lead_people", named: true };
  }
  if (parsed.clauses.some((clause) => physicalWork(clause))) return { atom: "hands_on", named: true };
  // A dispute, a crisis, a deadline: the person is there for the judgment.
  const stakes = parsed.clauses.some((c) => c.objects.some((o) => HIGH_STAKES_WORDS.has(o)) || c.preps.some((p) => HIGH_STAKES_WORDS.has(p.head)) || c.mods.some((m) => HIGH_STAKES_WORDS.has(m)));
  const atom: Atom = taskClass === "automatable" ? "organize" : taskClass === "democratized" || stakes ? "support_decision" : "hands_on";
  return { atom, named: false };
}
