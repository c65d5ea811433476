/**
 * The unit of work a log line names by a noun or a "vs" (decision 211). A line is mostly its
 * nouns ("open disputes summary for controller", "Redis vs Memcached for session cache",
 * "pipette calibration QC"); the rules' atom reads a summary as a document to draft, two named
 * things as physical ones to handle, a check as a record to keep. Asked only for texts that take
 * the log-line stage and whose work no person-bound rule names (index.ts): a sentence, every
 * O*NET statement among them, keeps the rules' and the fitted stage's atom.
 */
import type { Atom } from "../taxonomy";
import { AUTHORED_DOCUMENTS, VERBS } from "./lexicon";
import type { ParsedTask } from "./parse";

const SUMMARIES: ReadonlySet<string> = new Set(["summary", "recap", "summarize", "summarise", "synopsis"]);
const COMPARISONS: ReadonlySet<string> = new Set(["compare", "comparison", "benchmark", "benchmarking"]);
const WRITING: ReadonlySet<string> = new Set(["draft", "edit", "write", "rewrite", "proofread"]);
const VARIANCE: ReadonlySet<string> = new Set(["actual", "actuals", "variance"]);
/** "check" among them is a payment too ("void/reissue check Uline"), read so beside these. */
const CHECKS: ReadonlySet<string> = new Set(["audit", "inspection", "compliance", "qa", "qc", "check"]);
const PAYMENT_HANDLING: ReadonlySet<string> = new Set(["void", "reissue", "deposit", "cash", "mail", "print", "sign"]);

const has = (parsed: ParsedTask, words: ReadonlySet<string>) => parsed.lemmas.some((lemma) => words.has(lemma));

/** The atom the line's words name, or null when they name none of these. */
export function logLineNamedWork(parsed: ParsedTask): Atom | null {
  if (has(parsed, SUMMARIES)) return "summarize";
  // A verb the lexicon knows names the work itself ("edit SME draft - heat pump vs furnace"),
  // unless it is the comparing; a verb read from a noun ("vendor eval") does not.
  const first = parsed.clauses[0];
  const verbs = first !== undefined && !first.verbless && first.nominal === null ? first.verbs.filter((verb) => VERBS.has(verb)) : [];
  // A piece someone writes or edits about two things is the writing ("Blog post: heat pump vs
  // furnace", "edit SME draft - heat pump vs furnace"). "vs" needs no verb's leave: the other
  // option is often one ("Vendor eval Datadog vs build").
  const writes = has(parsed, AUTHORED_DOCUMENTS) || has(parsed, WRITING);
  // Budget or plan against actuals is variance analysis ("BvA var – Aug", "budget vs actual").
  const variance = has(parsed, VARIANCE);
  if (!writes && !variance && (parsed.versus === true || (has(parsed, COMPARISONS) && (verbs.length === 0 || verbs.includes("compare"))))) return "compare";
  if (verbs.length === 0 && has(parsed, CHECKS) && !has(parsed, PAYMENT_HANDLING)) return "check_risks";
  return null;
}

const named = (atom: Atom, words: readonly string[]) => words.map((word): [string, Atom] => [word, atom]);
/** A script on a log line is code more often than a speech ("Automate routine administration with scripts"). */
const DOCUMENTS = [...AUTHORED_DOCUMENTS].filter((word) => word !== "script");
/**
 * Words that name a unit of work on a log line whose rules named none (decision 214): the line
 * would otherwise take its class's default atom ("HEP handout – shoulder protocol" is not a
 * decision; "onboarded Lily (front desk temp)" is not hands-on work).
 */
const WORK_NOUNS: ReadonlyMap<string, Atom> = new Map<string, Atom>([
  ...named("draft", [...DOCUMENTS, "nda", "rfi", "brief", "draft", "faq", "outline", "agenda"]),
  ...named("research", ["search", "research", "lookup", "reading", "cause", "investigation"]),
  ...named("analyze", ["trend", "cohort", "analysis", "breakdown", "forecast"]),
  ...named("counterargue", ["redline", "comment", "feedback", "critique", "markup", "pushback"]),
  ...named("create", ["impl", "implementation", "build", "dash", "dashboard", "prototype", "mockup", "wireframe"]),
  // Not "intern" or "new hire": an intern logs their own project, laptops are imaged for new hires.
  ...named("lead_people", ["onboarded", "onboard", "onboarding", "precepting", "precept", "apprentice"]),
  ...named("support_decision", ["recommend", "recommendation", "approve", "approval", "decision", "ok'd", "okd"]),
  ...named("coordinate", ["meeting", "huddle", "escalate", "sync", "standup"]),
  ...named("relate", ["complaint"]),
  // Not "checklist" (a close checklist is record work) or "inspector" (escorting one is not inspecting).
  ...named("check_risks", ["insp", "risk", "vuln", "vulnerability"]),
  ...named("summarize", ["chronology", "digest"]),
]);

/** The atom the first work-naming word of the line names, or null. */
export function logLineNounWork(parsed: ParsedTask): Atom | null {
  for (const lemma of parsed.lemmas) {
    const atom = WORK_NOUNS.get(lemma);
    if (atom !== undefined) return atom;
  }
  return null;
}

/**
 * The work a log line names (index.ts asks only for lines that take the log-line stage and that
 * no person-bound rule claims): a summary, a "vs" or a check first (decision 211); then, where
 * the rules' atom is only the class's default, the first word that names a unit of work
 * (decision 214).
 */
export function logLineWork(parsed: ParsedTask, classDefault: boolean): Atom | null {
  return logLineNamedWork(parsed) ?? (classDefault ? logLineNounWork(parsed) : null);
}
