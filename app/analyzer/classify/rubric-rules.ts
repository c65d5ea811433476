/**
 * Fixed rubric rules toward "specialized": approving and deciding, negotiating, leading people,
 * caring for or facing clients and patients, high stakes. They are the rubric speaking, not the
 * data: their weights are set by hand and the fitting script treats them as a fixed offset, so
 * the learned weights cannot vote them away (docs/decisions/022-rubric-rules-and-fitted-weights.md).
 */
import { HIGH_STAKES_WORDS, objectKind } from "./lexicon";
import type { Clause } from "./parse";

export type RuleKind = "decide" | "negotiate" | "lead" | "care" | "client" | "stakes";

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
const NEGOTIATE = words("negotiate mediate arbitrate bargain negotiation mediation arbitration");
const LEAD_VERBS = words("supervise mentor coach lead hire recruit discipline motivate appoint delegate dismiss");
/** Verbs that lead people only when people are their object ("train staff", not "train models"). */
const LEAD_WITH_STAFF = words("manage direct train evaluate develop assign oversee instruct guide schedule coordinate");
const LEAD_NOUNS = words("supervision leadership");
const CARE_VERBS = words("treat nurse counsel comfort console reassure bathe diagnose prescribe resuscitate");
/** Prepositions that put a person in the room ("with clients"), as against "for clients". */
const FACE_TO_FACE = words("with to among");

export const RULE_WEIGHTS: Record<RuleKind, number> = {
  decide: 1.5,
  negotiate: 1.5,
  lead: 1.5,
  care: 1.25,
  client: 1.0,
  stakes: 0.75,
};

export const RULE_REASONS: Record<RuleKind, string> = {
  decide: "a person accountable for the decision",
  negotiate: "negotiation between people",
  lead: "leading and developing people",
  care: "care and trust with people in person",
  client: "direct contact with clients or patients",
  stakes: "judgment in a high-stakes situation",
};

export function ruleHits(clauses: readonly Clause[]): RuleHit[] {
  const hits: RuleHit[] = [];
  let current = 0;
  const add = (kind: RuleKind, cue: string, lemma: string, negated = false, scale = 1) => {
    for (const h of hits) if (h.kind === kind && h.lemma === lemma) return;
    hits.push({ kind, cue, weight: negated ? 0 : RULE_WEIGHTS[kind] * scale, lemma, negated, clause: current });
  };
  const stakes = (word: string) => {
    if (HIGH_STAKES_WORDS.has(word)) add("stakes", `'${word}'`, word);
  };
  for (let at = 0; at < clauses.length; at++) {
    const clause = clauses[at];
    current = at;
    let hasStaff = false;
    for (const o of clause.objects) if (objectKind(o) === "staff") hasStaff = true;
    for (const p of clause.preps) if (objectKind(p.head) === "staff") hasStaff = true;
    for (const verb of clause.verbs) {
      if (DECIDE_VERBS.has(verb)) add("decide", `verb '${verb}'`, verb);
      else if (NEGOTIATE.has(verb)) add("negotiate", `verb '${verb}'`, verb);
      else if (LEAD_VERBS.has(verb) || (LEAD_WITH_STAFF.has(verb) && hasStaff)) add("lead", `verb '${verb}'`, verb);
      else if (CARE_VERBS.has(verb)) add("care", `verb '${verb}'`, verb);
    }
    for (const object of clause.objects) {
      if (DECIDE_NOUNS.has(object)) add("decide", `object '${object}'`, object);
      else if (NEGOTIATE.has(object)) add("negotiate", `object '${object}'`, object);
      else if (LEAD_NOUNS.has(object)) add("lead", `object '${object}'`, object);
      else if (objectKind(object) === "client") add("client", `object '${object}'`, object);
    }
    for (const { prep, head } of clause.preps) {
      if (objectKind(head) === "client") {
        // "for clients" is work done on their behalf, not with them in the room: half weight.
        add("client", `'${prep} ${head}'`, head, false, FACE_TO_FACE.has(prep) ? 1 : 0.5);
      } else if (DECIDE_NOUNS.has(head)) add("decide", `'${prep} ${head}'`, head);
      else if (LEAD_NOUNS.has(head)) add("lead", `'${prep} ${head}'`, head);
    }
    // Modifiers first, then objects and modifier heads: the order cues were found in.
    for (const word of clause.mods) stakes(word);
    for (const word of clause.objects) stakes(word);
    for (const p of clause.preps) stakes(p.head);
    for (const word of clause.negated) {
      if (LEAD_NOUNS.has(word) || LEAD_VERBS.has(word)) add("lead", `'without ${word}'`, word, true);
      else if (DECIDE_NOUNS.has(word) || DECIDE_VERBS.has(word)) add("decide", `'not ${word}'`, word, true);
      else if (objectKind(word) === "client") add("client", `'no ${word}'`, word, true);
    }
  }
  return hits;
}
