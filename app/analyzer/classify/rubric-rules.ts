/**
 * Fixed rubric rules toward "specialized": approving and deciding, negotiating, leading people,
 * caring for or facing clients and patients, high stakes. They are the rubric speaking, not the
 * data: their weights are set by hand and the fitting script treats them as a fixed offset, so
 * the learned weights cannot vote them away (docs/decisions/022-rubric-rules-and-fitted-weights.md).
 */
import { HIGH_STAKES_WORDS, objectKind } from "./lexicon";
import { writtenAs, type ParsedTask } from "./parse";

export type RuleKind = "decide" | "negotiate" | "lead" | "care" | "client" | "meet" | "stakes";

export interface RuleHit {
  kind: RuleKind;
  /** Readable cue: "verb 'approve'", "'with client'". */
  cue: string;
  /** Logit added toward specialized. */
  weight: number;
  /** The lemma the rule consumed; its learned features are not emitted (the rule speaks for it). */
  lemma: string;
  /** In a negation's scope ("without supervision"): shown, but adds nothing. */
  negated: boolean;
  /** Index of the clause it fired in. */
  clause: number;
}

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

const DECIDE_VERBS = words("approve authorize authorise sign ratify adjudicate sentence certify endorse veto decide");
const DECIDE_NOUNS = words("approval authorization authorisation decision sign-off");
/** Verbs that ask for a decision rather than make it ("obtain approvals", "route decisions"). */
const ASKING_VERBS = words("obtain seek request submit get secure await prepare route track document record communicate");
const NEGOTIATE = words("negotiate mediate arbitrate bargain negotiation mediation arbitration");
const LEAD_VERBS = words("supervise mentor coach lead hire recruit discipline motivate appoint delegate dismiss oneonone");
/** Verbs that lead people only when people are their object ("train staff", not "train models"). */
const LEAD_WITH_STAFF = words("manage direct train evaluate develop assign oversee instruct guide schedule coordinate");
/** "oneonone" is how shorthand.ts writes a 1:1: a manager's meeting with one of their people. */
const LEAD_NOUNS = words("supervision leadership oneonone oneonones");
const CARE_VERBS = words("treat nurse counsel comfort console reassure bathe prescribe resuscitate");
/** Care only with a person to care for: "diagnose patients", not "diagnose faults". */
const CARE_WITH_CLIENT = words("diagnose examine");
/** People's performance reviewed: "write performance reviews" is leading them, not drafting. */
const APPRAISAL_NOUNS = words("review appraisal evaluation assessment feedback");
/** Meetings as the work itself ("safety huddle", "attend the standup"), not as something to schedule. */
/** "qbr": a quarterly business review, a meeting with a customer's people. */
const MEETING_NOUNS = words("meeting huddle standup standups sync allhands retrospective conference training qbr");
/** A call is a meeting when it is the whole task ("forecast call", "cold calls"), not when answered. */
const NOMINAL_MEETINGS = words("call");
const MEET_VERBS = words("meet attend hold run chair facilitate host join participate");
/** Prepositions that put a person in the room ("with clients"), as against "for clients". */
const FACE_TO_FACE = words("with to among");

export const RULE_WEIGHTS: Record<RuleKind, number> = {
  decide: 1.5,
  negotiate: 1.5,
  lead: 1.5,
  care: 1.25,
  client: 1.0,
  meet: 1.0,
  stakes: 0.75,
};

export const RULE_REASONS: Record<RuleKind, string> = {
  decide: "a person accountable for the decision",
  negotiate: "negotiation between people",
  lead: "leading and developing people",
  care: "care and trust with people in person",
  client: "direct contact with clients or patients",
  meet: "people to meet in person or on a call",
  stakes: "judgment in a high-stakes situation",
};

export function ruleHits(parsed: ParsedTask): RuleHit[] {
  const { clauses } = parsed;
  const hits: RuleHit[] = [];
  // Cues show the word as written ("'with customers'" for the lemma "customer").
  const w = (lemma: string) => writtenAs(parsed, lemma);
  let current = 0;
  const add = (kind: RuleKind, cue: string, lemma: string, negated = false, scale = 1) => {
    for (const h of hits) if (h.kind === kind && h.lemma === lemma) return;
    hits.push({ kind, cue, weight: negated ? 0 : RULE_WEIGHTS[kind] * scale, lemma, negated, clause: current });
  };
  const stakes = (word: string) => {
    if (HIGH_STAKES_WORDS.has(word)) add("stakes", `'${w(word)}'`, word);
  };
  for (let at = 0; at < clauses.length; at++) {
    const clause = clauses[at];
    current = at;
    let hasStaff = false;
    let hasClient = false;
    for (const o of clause.objects) {
      const kind = objectKind(o);
      hasStaff ||= kind === "staff";
      hasClient ||= kind === "client";
    }
    for (const p of clause.preps) {
      const kind = objectKind(p.head);
      hasStaff ||= kind === "staff";
      hasClient ||= kind === "client";
    }
    for (const verb of clause.verbs) {
      if (DECIDE_VERBS.has(verb)) add("decide", `verb '${w(verb)}'`, verb);
      else if (NEGOTIATE.has(verb)) add("negotiate", `verb '${w(verb)}'`, verb);
      else if (LEAD_VERBS.has(verb) || (LEAD_WITH_STAFF.has(verb) && hasStaff)) add("lead", `verb '${w(verb)}'`, verb);
      else if (CARE_VERBS.has(verb) || (CARE_WITH_CLIENT.has(verb) && hasClient)) add("care", `verb '${w(verb)}'`, verb);
    }
    for (const object of clause.objects) {
      if (DECIDE_NOUNS.has(object)) {
        if (!clause.verbs.some((v) => ASKING_VERBS.has(v))) add("decide", `object '${w(object)}'`, object);
      }
      else if (NEGOTIATE.has(object)) add("negotiate", `object '${w(object)}'`, object);
      else if (LEAD_NOUNS.has(object)) add("lead", `object '${w(object)}'`, object);
      else if (APPRAISAL_NOUNS.has(object) && clause.mods.includes("performance")) add("lead", `'performance ${w(object)}'`, object);
      else if (objectKind(object) === "client") add("client", `object '${w(object)}'`, object);
    }
    for (const { prep, head } of clause.preps) {
      if (objectKind(head) === "client") {
        // "for clients" is work done on their behalf, not with them in the room: half weight.
        add("client", `'${prep} ${w(head)}'`, head, false, FACE_TO_FACE.has(prep) ? 1 : 0.5);
      }
      // "under supervision" is being led, not leading. ("for approval", "after approvals" decide nothing.)
      else if (LEAD_NOUNS.has(head) && prep !== "under") add("lead", `'${prep} ${w(head)}'`, head);
    }
    // After clients and people: "meet with clients" is client contact first.
    const { nominal } = clause;
    if (nominal !== null && (MEETING_NOUNS.has(nominal) || NOMINAL_MEETINGS.has(nominal))) add("meet", `'${w(nominal)}'`, nominal);
    else if (clause.verbs.includes("sync") || (clause.verbs.includes("meet") && clause.preps.some((p) => p.prep === "with"))) {
      // "sync re: release dates", "meet with engineering": a meeting with someone ("meet
      // deadlines" is not).
      const verb = clause.verbs.includes("sync") ? "sync" : "meet";
      add("meet", `verb '${w(verb)}'`, verb);
    } else if (clause.verbs.some((v) => MEET_VERBS.has(v))) {
      for (const object of clause.objects) if (MEETING_NOUNS.has(object)) add("meet", `object '${w(object)}'`, object);
      for (const { prep, head } of clause.preps) if (MEETING_NOUNS.has(head)) add("meet", `'${prep} ${w(head)}'`, head);
    }
    // Modifiers first, then objects and modifier heads: the order cues were found in.
    for (const word of clause.mods) stakes(word);
    for (const word of clause.objects) stakes(word);
    for (const p of clause.preps) stakes(p.head);
    for (const word of clause.negated) {
      if (LEAD_NOUNS.has(word) || LEAD_VERBS.has(word)) add("lead", `'without ${w(word)}'`, word, true);
      else if (DECIDE_NOUNS.has(word) || DECIDE_VERBS.has(word)) add("decide", `'not ${w(word)}'`, word, true);
      else if (objectKind(word) === "client") add("client", `'no ${w(word)}'`, word, true);
    }
  }
  return hits;
}
