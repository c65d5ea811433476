/**
 * What a clause's context says about its atom beyond the verb's own entry: the people the work
 * is done with, the knowledge it keeps up, the thing it tests. Read only for the atom: the
 * lexicon's leans and the fitted features do not see these tables, so they move no class.
 * Checked against O*NET work activities (docs/decisions/106-atom-reading.md).
 */
import type { Atom } from "../taxonomy";
import { INFORMATION_KINDS, objectKind, words } from "./lexicon";
import type { Clause } from "./parse";

/** Prepositions that put the person in the work ("explain to patients", "meet with clients"), not "for clients". */
const WITH_PEOPLE = words("with to among from");
/**
 * The clause works with the people it serves (patients, clients, students): one of them is its
 * object, sits in a with/to phrase, or owns the object ("students' class work", "patients'
 * status") when that object is not information about them.
 */
export function servesPeople(clause: Clause): boolean {
  for (const o of clause.objects) if (objectKind(o) === "client") return true;
  for (const p of clause.preps) if (WITH_PEOPLE.has(p.prep) && objectKind(p.head) === "client") return true;
  // Information about people is not the people ("patient records", "client reports").
  const aboutInformation = clause.objects.some((o) => INFORMATION_KINDS.has(objectKind(o) ?? ""));
  if (aboutInformation) return false;
  for (const m of clause.mods) if (objectKind(m) === "client") return true;
  return false;
}

/** Verbs that check a thing against what it should be: on equipment or samples, a check, not an analysis. */
const CHECK_VERBS = words("test examine inspect check verify audit retest");
/** Verbs that watch or measure a physical thing in person ("monitor gauges", "measure the load"). */
const TEND_VERBS = words("monitor measure observe weigh gauge watch sample");

/** The atom of a verb on a physical object, when its own entry is information work. */
export function physicalAtom(verb: string | undefined): Atom | null {
  if (verb === undefined) return null;
  if (CHECK_VERBS.has(verb)) return "check_risks";
  if (TEND_VERBS.has(verb)) return "hands_on";
  return null;
}

/** Keeping up one's own knowledge ("keep abreast of developments", "maintain knowledge", "read journals"). */
const KNOWLEDGE_VERBS = words("keep stay remain maintain update read attend participate");
const KNOWLEDGE_WORDS = words(`abreast current knowledge informed familiarity awareness expertise competence
  journal literature publication conference seminar workshop development trend advance education course`);
/** Sitting on a body of people ("serve on committees", "act as liaison", "join the on-call rotation": decision 232). */
const MEMBER_VERBS = words("serve act sit join");
// A rotation or a roster is served on as a committee is ("serve on the on-call rotation"), decision 228.
const BODIES = words("committee board panel council commission task force liaison team delegation rotation roster");
/** Objects a making verb turns into plans and rules (O*NET files them under objectives and strategies). */
const PLANS = words("policy strategy objective goal budget priority");

/** Teaching as a session ("conduct classes", "give lectures", "hold training"). */
const TEACHING = words("class course lesson lecture tutorial training instruction demonstration");
const TEACHING_VERBS = words("conduct give hold run lead deliver teach present");

/** Physical work a visit is made for ("seasonal maintenance visits"): decision 232. */
const VISITED_FOR = words("maintenance repair service servicing installation tuneup");

/** A visit made to do physical work is that work, not a meeting. */
export function visitsToWork(clause: Clause): boolean {
  return clause.verbs.includes("visit") && mentions(clause, VISITED_FOR);
}

/** The atom a clause's context gives whatever its verb, or null to let the verb speak. */
export function contextAtom(clause: Clause, verb: string | undefined): Atom | null {
  if (verb === undefined) return null;
  // Classes for staff train them (lead people); for students or patients they relate to them.
  if (TEACHING_VERBS.has(verb) && clause.objects.some((o) => TEACHING.has(o))) return servesPeople(clause) ? "relate" : "lead_people";
  if (KNOWLEDGE_VERBS.has(verb) && mentions(clause, KNOWLEDGE_WORDS)) return "research";
  if (MEMBER_VERBS.has(verb) && mentions(clause, BODIES)) return "coordinate";
  return null;
}

/** A making verb ("develop", "prepare", "create") on plans and rules: setting direction, not analysis. */
export function makesPlans(clause: Clause): boolean {
  return clause.objects.some((o) => PLANS.has(o));
}

/** Texts whose making is writing, though the lexicon files some under analysis ("prepare proposals"). */
const WRITTEN = words("proposal contract presentation quote grant application agreement brief letter report manual guide");

/** A making verb on a written text: drafting. */
export function writesText(clause: Clause): boolean {
  return clause.objects.some((o) => WRITTEN.has(o));
}

/** What is provided: advice sets direction, help and care relate to the people who get it. */
const ADVICE = words("advice consultation guidance recommendation expertise direction leadership input");
const HELP = words("care treatment therapy service assistance support information help counseling education instruction");

/** Review of a design or specification is critique; review of records and work is checking it. */
const CRITIQUE_OBJECTS = words("design specification plan drawing blueprint proposal manuscript draft contract paper article strategy code pullrequest pullrequests architecture script concept");

/**
 * Atoms for verbs whose lexicon atom says less than O*NET's activities do: "test the system"
 * checks it, "examine parts" checks them, "review records" checks them, "read journals" is
 * research, "apply coatings" is hands-on, "order supplies" keeps records.
 */
export function verbContextAtom(verb: string, clause: Clause): Atom | null {
  switch (verb) {
    case "test":
    case "examine":
    case "retest":
      return "check_risks";
    case "review":
      return clause.objects.some((o) => CRITIQUE_OBJECTS.has(o)) || clause.mods.some((m) => CRITIQUE_OBJECTS.has(m)) ? "counterargue" : "check_risks";
    case "read":
    case "study":
    case "identify":
      return "research";
    case "apply":
      return clause.objects.some((o) => INFORMATION_KINDS.has(objectKind(o) ?? "") || o === "knowledge" || o === "principle" || o === "technique") ? null : "hands_on";
    case "order":
    case "requisition":
    case "purchase":
      return "organize";
    case "act":
      return "relate";
    case "determine":
      return clause.objects.some((o) => objectKind(o) === "physical") ? null : "support_decision";
    case "provide":
    case "offer":
    case "give":
    case "render":
      if (clause.objects.some((o) => ADVICE.has(o))) return "support_decision";
      return clause.objects.some((o) => HELP.has(o)) ? "relate" : null;
    default:
      return null;
  }
}

function mentions(clause: Clause, set: ReadonlySet<string>): boolean {
  for (const o of clause.objects) if (set.has(o)) return true;
  for (const m of clause.mods) if (set.has(m)) return true;
  for (const p of clause.preps) if (set.has(p.head)) return true;
  return false;
}
