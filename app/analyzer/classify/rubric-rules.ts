/**
 * Fixed rubric rules toward "specialized": approving and deciding, negotiating, leading people,
 * caring for or facing clients and patients, high stakes. They are the rubric speaking, not the
 * data: their weights are set by hand and the fitting script treats them as a fixed offset, so
 * the learned weights cannot vote them away (docs/decisions/022-rubric-rules-and-fitted-weights.md).
 */
import { HIGH_STAKES_WORDS, isSomeoneWith, objectKind, VERBS, verbAtom, words } from "./lexicon";
import { isLogLine } from "./log-line";
import { writtenAs, type ParsedTask, type PrepPhrase } from "./parse";

export type RuleKind = "decide" | "negotiate" | "lead" | "care" | "client" | "meet" | "stakes" | "information";

export interface RuleHit {
  kind: RuleKind;
  /** Readable cue: "verb 'approve'", "'with client'". */
  cue: string;
  /** Logit added toward specialized (negative for the one rule toward exposed, "information"). */
  weight: number;
  /** The lemma the rule consumed; its learned features are not emitted (the rule speaks for it). */
  lemma: string;
  /** In a negation's scope ("without supervision"): shown, but adds nothing. */
  negated: boolean;
  /** Index of the clause it fired in. */
  clause: number;
}

const DECIDE_VERBS = words("approve authorize authorise sign ratify adjudicate sentence certify endorse veto decide");
const DECIDE_NOUNS = words("approval authorization authorisation decision signoff");
/** Verbs that ask for a decision rather than make it ("obtain approvals", "route decisions"). */
const ASKING_VERBS = words("obtain seek request submit get secure await prepare route track document record communicate");
const NEGOTIATE = words("negotiate mediate arbitrate bargain negotiation mediation arbitration");
/**
 * "pair" and "shadow" as verbs are working beside someone to bring them on ("pairing w/ junior on
 * API", "Tina shadowing", "shadow new agents"): every labelled line with them is mentoring or
 * training a person (decision 230). O*NET statements use neither as a verb.
 */
const LEAD_VERBS = words("supervise mentor coach lead hire recruit discipline motivate appoint delegate dismiss oneonone pair shadow");
/** Verbs that lead people only when people are their object ("train staff", not "train models"). */
const LEAD_WITH_STAFF = words("manage direct train evaluate develop assign oversee instruct guide schedule coordinate onboard onboarding orient welcome");
/** "oneonone" is how shorthand.ts writes a 1:1: a manager's meeting with one of their people. */
const LEAD_NOUNS = words("supervision leadership oneonone oneonones");
/**
 * Developing people named as a kind of session ("coaching session w/ Tom", "mentoring call"), or
 * read as a modifier where the tagger misses the verb ("Tyler shadowed me, gave call tips").
 */
const DEVELOPING = words("coaching mentoring mentorship shadowed");
/** What a review of people is about: their performance, their promotion ("perf review - Dana", "promo packet review"). */
const PEOPLE_REVIEWED = words("performance promotion");
const REVIEW_VERBS = words("review evaluate assess appraise calibrate");
const CARE_VERBS = words("treat nurse counsel comfort console reassure bathe prescribe resuscitate");
/** Care only with a person to care for: "diagnose patients", not "diagnose faults". */
const CARE_WITH_CLIENT = words("diagnose examine");
/** People's performance reviewed: "write performance reviews" is leading them, not drafting. */
const APPRAISAL_NOUNS = words("review appraisal evaluation assessment feedback");
/** Meetings as the work itself ("safety huddle", "attend the standup"), not as something to schedule. */
/** "qbr": a quarterly business review, a meeting with a customer's people; a shift handover is one between shifts. */
const MEETING_NOUNS = words(`meeting huddle standup standups sync allhands retrospective conference training qbr session
  workshop webinar orientation debrief kickoff offsite checkin walkthrough demo presentation rounds seminar roundtable
  visit moderation handoff handover ridealong ridealongs hearing checkins`);
/** Keeping up a relationship with people is time and trust spent on them ("maintain relationships with agencies"). */
const RELATIONSHIP_VERBS = words("develop maintain build establish manage foster cultivate nurture strengthen keep grow deepen");
/** A call is a meeting when it is the whole task ("forecast call", "cold calls"), not when answered. */
const NOMINAL_MEETINGS = words("call phone callback");
/** Talking verbs that are a meeting when someone is "with" them ("call w/ Marco", "meet with engineering"). */
const TALK_VERBS = words("meet call phone talk speak chat sync debrief");
/** Showing work to people in the room ("present forecast to exec team", "demo to stakeholders"). */
const SHOW_VERBS = words("present demo demonstrate brief explain pitch walk report");
const AUDIENCES = words("team staff group executive exec leadership board stakeholder committee management audience class crew panel");
/** A team's own rituals: sprint planning, sprint review, backlog grooming are meetings of the team. */
const TEAM_RITUALS = words("sprint backlog");
const RITUAL_ACTIONS = words("plan review refine groom present");
/**
 * The one rule toward exposed: a main clause doing information work (a lexicon verb that leans
 * automatable or democratized) on information, with no person, patient or physical thing in it
 * and no other rule, is the rubric's exposed ground ("compare CPQ vendors", "dedupe contacts
 * in HubSpot", "check timesheets for gaps"). Buying and pricing verbs stay information work on
 * physical goods ("order parts for job 4471"); a log line names them by the noun too ("parts
 * order capacitor").
 */
export const TRADE_WORDS = words("order reorder purchase requisition quote price invoice bill");
/** Comparing things is reading about them ("compare helpdesk tools", "lease vs buy for vans"). */
const READING_ATOMS = new Set(["compare"]);
const PERSON_OR_THING = new Set(["client", "staff", "physical"]);
const MEET_VERBS = words("meet attend hold run chair facilitate host join participate");
/** Prepositions that put a person in the room ("with clients"), as against "for clients". */
const FACE_TO_FACE = words("with to among");
/** Sending something to people, not being with them ("renewal reminders to customers"). */
const NOTICE_VERBS = words("remind notify email send mail forward distribute circulate post");
/**
 * Care named by what is done at the bedside, with no patient word ("phlebotomy draws", "fall
 * risk assessments", "vitals q4h"): on log lines only (decision 176). Task statements name the
 * patient or the specimen, and the fitted weights read them.
 */
const BEDSIDE_WORDS = words("phlebotomy venipuncture vitals glucose injection vaccination catheter suture fall");
/** Work types that read, record or write about care rather than give it ("compare wound dressing products"). */
const ABOUT_CARE_ATOMS = new Set(["compare", "organize", "draft", "research", "summarize", "counterargue"]);

export const RULE_WEIGHTS: Record<RuleKind, number> = {
  decide: 1.5,
  negotiate: 1.5,
  lead: 1.5,
  care: 1.25,
  client: 1.0,
  meet: 1.0,
  stakes: 0.75,
  information: -0.75,
};

export const RULE_REASONS: Record<RuleKind, string> = {
  decide: "a person accountable for the decision",
  negotiate: "negotiation between people",
  lead: "leading and developing people",
  care: "care and trust with people in person",
  client: "direct contact with clients or patients",
  meet: "people to meet in person or on a call",
  stakes: "judgment in a high-stakes situation",
  information: "information work on information",
};

/**
 * The hits found so far and the clause being read. A class rather than closures inside
 * ruleHits: this runs for every text, and closures made per call cost more than the rules.
 */
class Hits {
  readonly list: RuleHit[] = [];
  current = 0;
  constructor(private readonly parsed: ParsedTask) {}

  /** Cues show the word as written ("'with customers'" for the lemma "customer"). */
  w(lemma: string): string {
    return writtenAs(this.parsed, lemma);
  }

  add(kind: RuleKind, cue: string, lemma: string, negated = false, scale = 1): void {
    for (const h of this.list) if (h.kind === kind && h.lemma === lemma) return;
    this.list.push({ kind, cue, weight: negated ? 0 : RULE_WEIGHTS[kind] * scale, lemma, negated, clause: this.current });
  }

  stakes(word: string): void {
    if (HIGH_STAKES_WORDS.has(word)) this.add("stakes", `'${this.w(word)}'`, word);
  }
}

export function ruleHits(parsed: ParsedTask): RuleHit[] {
  const { clauses } = parsed;
  const found = new Hits(parsed);
  const hits = found.list;
  // The information rule speaks only on log-line length texts (docs/decisions/108): a task
  // statement carries enough words for the fitted weights, a log line's two or three words
  // carry weights learned in longer statements ("compare" leans specialized on O*NET, where
  // what is compared is mostly samples and colours).
  const logLine = isLogLine(parsed);
  for (let at = 0; at < clauses.length; at++) {
    const clause = clauses[at];
    found.current = at;
    let hasStaff = false;
    let hasClient = false;
    for (const o of clause.objects) {
      const kind = objectKind(o);
      hasStaff ||= kind === "staff";
      hasClient ||= kind === "client";
    }
    // Staff scheduled rather than met: "schedule staff" directs them, "schedule interview w/
    // candidate" arranges a meeting with them (decision 189).
    let staffScheduled = hasStaff;
    for (const p of clause.preps) {
      const kind = objectKind(p.head);
      hasStaff ||= kind === "staff";
      staffScheduled ||= kind === "staff" && p.prep !== "with";
      hasClient ||= kind === "client";
    }
    for (const verb of clause.verbs) {
      if (DECIDE_VERBS.has(verb)) found.add("decide", `verb '${found.w(verb)}'`, verb);
      else if (NEGOTIATE.has(verb)) found.add("negotiate", `verb '${found.w(verb)}'`, verb);
      else if (LEAD_VERBS.has(verb) || (LEAD_WITH_STAFF.has(verb) && (verb === "schedule" ? staffScheduled && parsed.style === "sentence" : hasStaff)))
        found.add("lead", `verb '${found.w(verb)}'`, verb);
      else if (CARE_VERBS.has(verb) || (CARE_WITH_CLIENT.has(verb) && hasClient)) found.add("care", `verb '${found.w(verb)}'`, verb);
    }
    if (logLine && !clause.secondary) bedsideCare(clause, found);
    for (const object of clause.objects) {
      if (DECIDE_NOUNS.has(object)) {
        if (!clause.verbs.some((v) => ASKING_VERBS.has(v))) found.add("decide", `object '${found.w(object)}'`, object);
      }
      else if (NEGOTIATE.has(object)) found.add("negotiate", `object '${found.w(object)}'`, object);
      else if (LEAD_NOUNS.has(object)) found.add("lead", `object '${found.w(object)}'`, object);
      else if (APPRAISAL_NOUNS.has(object) && clause.mods.includes("performance")) found.add("lead", `'performance ${found.w(object)}'`, object);
      else if (PEOPLE_REVIEWED.has(object) && clause.verbs.some((v) => REVIEW_VERBS.has(v))) found.add("lead", `'${found.w(object)} review'`, object);
      else if (objectKind(object) === "client") found.add("client", `object '${found.w(object)}'`, object);
      else if (object === "relationship" && relationshipsKeptUpIn(clause, found.w(object))) found.add("meet", `object '${found.w(object)}'`, object);
    }
    for (const { prep, head } of clause.preps) {
      if (objectKind(head) === "client") {
        // "for clients" is work done on their behalf, not with them in the room, and "reminders
        // to customers" is a notice sent to them: half weight. On a log line the notice is the
        // whole task, the rubric's routine notice, and the customers add nothing (decision 176);
        // the hit still claims them, so their learned kind does not speak for contact.
        // A document named as the line's work and addressed to them is one too ("route change
        // letters to families"; decision 188).
        const notice = clause.verbs.some(isNoticeVerb) || (clause.nominal !== null && objectKind(clause.nominal) === "document");
        const faceToFace = FACE_TO_FACE.has(prep) && !notice;
        found.add("client", `'${prep} ${found.w(head)}'`, head, false, faceToFace ? 1 : notice && logLine ? 0 : 0.5);
      }
      // "under supervision" is being led, not leading, and "email to leadership" is a notice sent
      // to them (decision 188). ("for approval", "after approvals" decide nothing.)
      else if (LEAD_NOUNS.has(head) && prep !== "under" && !(prep === "to" && clause.verbs.some(isNoticeVerb)))
        found.add("lead", `'${prep} ${found.w(head)}'`, head);
    }
    for (const word of clause.mods) {
      if (DEVELOPING.has(word)) found.add("lead", `'${found.w(word)}'`, word);
      else if (PEOPLE_REVIEWED.has(word) && clause.verbs.some((v) => REVIEW_VERBS.has(v))) found.add("lead", `'${found.w(word)} review'`, word);
    }
    for (const object of clause.objects) if (DEVELOPING.has(object)) found.add("lead", `'${found.w(object)}'`, object);
    for (const { prep, head } of clause.preps) if (DEVELOPING.has(head)) found.add("lead", `'${prep} ${found.w(head)}'`, head);
    // After clients and people: "meet with clients" is client contact first.
    const { nominal } = clause;
    // A log line that names its work as a noun and who it was with ("pipeline review w/ Sarah",
    // "QA calibration w/ team leads", "mtg w/ procurement"): time spent with someone. A thing
    // "with" ("update CRM w/ call notes") has a verb of its own and does not count.
    const named = nominal !== null || clause.verbs.length === 0;
    // Looked up only where they can matter: this runs for every clause of every text.
    const withSomeone = named ? clause.preps.find(isSomeoneWith) : undefined;
    const talk = clause.verbs.find(isTalkVerb);
    const show = clause.verbs.find(isShowVerb);
    const audience = show !== undefined ? (clause.preps.find(isAudience) ?? clause.preps.find(isAtMeeting)) : undefined;
    // Code under review is the work, the backlog only its queue ("PR review backlog"; decision 185).
    const ritual =
      clause.verbs.some(isRitualAction) && !clause.objects.some(isSoftware) && (clause.objects.find(isTeamRitual) ?? clause.mods.find(isTeamRitual));
    if (nominal !== null && (MEETING_NOUNS.has(nominal) || NOMINAL_MEETINGS.has(nominal))) {
      // The rule claims the verb the meeting was read as ("meet" for "huddle"), so that verb's
      // learned weights, from statements where people meet to exchange information, do not
      // argue with it ("exec staff meeting", "budget meeting"; decision 175).
      found.add("meet", `'${found.w(nominal)}'`, clause.verbs[0] ?? nominal);
      // Who the meeting was with counts too ("budget mtg w/ dept heads", "QBR w/ Globex").
      if (withSomeone !== undefined) found.add("meet", `'with ${found.w(withSomeone.head)}'`, withSomeone.head);
    }
    else if (talk !== undefined && (talk === "sync" || clause.preps.some((p) => p.prep === "with"))) {
      // "sync re: release dates", "meet with engineering", "call w/ Marco": a meeting with
      // someone ("meet deadlines" is not).
      found.add("meet", `verb '${found.w(talk)}'`, talk);
    } else if (show !== undefined && audience !== undefined) found.add("meet", `'${found.w(show)} ${audience.prep} ${found.w(audience.head)}'`, show);
    else if (ritual) found.add("meet", `'${found.w(ritual)}'`, ritual);
    // A log line that is an interview ("interview w/ candidate", "interview loop", "pt intake")
    // is a conversation with a person; in task statements "interview" is as often the
    // gathering of information, and the fitted weights read it there. A phone screen is always
    // one, however many words its role takes ("Phone screens AP specialist": "AP" expands to two;
    // decision 189).
    else if ((logLine || clause.nominal === "screening") && !clause.secondary && clause.verbs.includes("interview")) found.add("meet", `'${found.w("interview")}'`, "interview");
    else if (named && withSomeone !== undefined) found.add("meet", `'with ${found.w(withSomeone.head)}'`, withSomeone.head);
    else if (clause.verbs.some((v) => MEET_VERBS.has(v))) {
      for (const object of clause.objects) if (MEETING_NOUNS.has(object)) found.add("meet", `object '${found.w(object)}'`, object);
      for (const { prep, head } of clause.preps) if (MEETING_NOUNS.has(head)) found.add("meet", `'${prep} ${found.w(head)}'`, head);
    }
    // Modifiers first, then objects and modifier heads: the order cues were found in.
    for (const word of clause.mods) found.stakes(word);
    for (const word of clause.objects) found.stakes(word);
    for (const p of clause.preps) found.stakes(p.head);
    if (logLine && !clause.secondary && !hits.some((h) => h.clause === at && h.weight > 0)) informationWork(clause, found, parsed.style === "sentence");
    for (const word of clause.negated) {
      if (LEAD_NOUNS.has(word) || LEAD_VERBS.has(word)) found.add("lead", `'without ${found.w(word)}'`, word, true);
      else if (DECIDE_NOUNS.has(word) || DECIDE_VERBS.has(word)) found.add("decide", `'not ${found.w(word)}'`, word, true);
      else if (objectKind(word) === "client") found.add("client", `'no ${found.w(word)}'`, word, true);
    }
  }
  return hits;
}

/** Places where work is done in person, after "at" ("at Garcia home", "at the job site"). */
const PLACES = words("home house residence apartment site jobsite warehouse store plant facility clinic bedside");
const isOnSite = (p: PrepPhrase) => p.prep === "at" && PLACES.has(p.head);
/**
 * A hit on relationships kept up ("Maintain relationships with key vendors"): the verb is the
 * relationship work itself, though "maintain" organizes records elsewhere, so the log-line stage
 * does not read the clause as admin around the work (log-line-stage.ts; decision 190).
 */
export const keepsUpRelationship = (hit: RuleHit) => hit.kind === "meet" && hit.lemma === "relationship";
/**
 * "maintain relationships with agencies", "build a relationship w/ the client": relationships kept
 * up, plural or with someone ("maintain relationship map" is a record; decision 190).
 */
const relationshipsKeptUpIn = (clause: ParsedTask["clauses"][number], written: string) =>
  clause.verbs.some((v) => RELATIONSHIP_VERBS.has(v)) && (written.toLowerCase().endsWith("s") || clause.preps.some((p) => p.prep === "with"));
const isTalkVerb = (v: string) => TALK_VERBS.has(v);
const isNoticeVerb = (v: string) => NOTICE_VERBS.has(v);
const isShowVerb = (v: string) => SHOW_VERBS.has(v);
const isAudience = (p: PrepPhrase) => p.prep === "to" && AUDIENCES.has(p.head);
/** Shown at a meeting: "present Q3 results at the board meeting", "demo firmware at sprint review" (decision 189). */
const isAtMeeting = (p: PrepPhrase) => p.prep === "at" && (MEETING_NOUNS.has(p.head) || (p.head === "review" && p.mods.some(isTeamRitual)));
const isRitualAction = (v: string) => RITUAL_ACTIONS.has(v);
const isTeamRitual = (m: string) => TEAM_RITUALS.has(m);
export const isSoftware = (m: string) => objectKind(m) === "software";

function bedsideCare(clause: ParsedTask["clauses"][number], found: Hits): void {
  if (clause.verbs.some((v) => TRADE_WORDS.has(v) || ABOUT_CARE_ATOMS.has(VERBS.get(v)?.atom ?? ""))) return;
  const word = clause.objects.find(isBedside) ?? clause.mods.find(isBedside);
  if (word === undefined) return;
  // A fall is a patient's only as a fall risk ("fall campaign" is the season).
  if (word === "fall" && !clause.objects.includes("risk") && !clause.mods.includes("risk")) return;
  found.add("care", `'${found.w(word)}'`, word);
}
const isBedside = (lemma: string) => BEDSIDE_WORDS.has(lemma);

function informationWork(clause: ParsedTask["clauses"][number], found: Hits, sentence: boolean): void {
  // A routine or expert verb, or a hands-on verb on information ("clean up the CRM").
  // Buying verbs the lexicon leaves out ("order", "reorder") are information work too on a line
  // not written as a sentence; O*NET's raters read "Order supplies." as part of hands-on jobs
  // (decision 188).
  const verb = clause.verbs.find((v) => {
    const entry = VERBS.get(v);
    if (entry === undefined) return !sentence && TRADE_WORDS.has(v);
    return entry.lean !== "S" || (entry.atom === "hands_on" && verbAtom(v, clause.objects, clause.mods) !== "hands_on");
  });
  if (verb === undefined) return;
  const trade = tradesIn(verb);
  if (clause.objects.some((o) => isAbout(o, trade)) || clause.mods.some((m) => isAbout(m, trade)) || clause.preps.some((p) => isAbout(p.head, trade))) return;
  // Work done at someone's home or on a site is done there in person ("troubleshoot no-heat at
  // Garcia home"). Places stay out of the lexicon's physical things: "visit homes" relates.
  if (clause.preps.some(isOnSite)) return;
  // The rule claims nothing of the verb: its learned weight still counts. Goods compared,
  // priced or ordered are what the information is about: the rule claims them, so their
  // physical kind, learned from statements where things are handled, does not speak
  // ("compare helpdesk tools"; decision 175). Otherwise lemma "" (no word).
  const goods = trade ? clause.objects.find((o) => objectKind(o) === "physical") : undefined;
  found.add("information", `information work: '${found.w(verb)}'`, goods ?? "");
}

/**
 * A clause that only buys, prices or compares ("roof replacement bid comparison", "order parts
 * for job 4471"): the goods in it are what the information is about, not work done on them.
 */
export function dealsInGoods(clause: ParsedTask["clauses"][number]): boolean {
  return clause.verbs.length > 0 && clause.verbs.every(tradesIn);
}

/** A verb that buys, prices or compares: what it handles is what the information is about. */
const tradesIn = (verb: string) => TRADE_WORDS.has(verb) || READING_ATOMS.has(VERBS.get(verb)?.atom ?? "");

/** A person, staff or a physical thing (goods bought and priced are still information work). */
function isAbout(lemma: string, trade: boolean): boolean {
  const kind = objectKind(lemma);
  return kind !== undefined && PERSON_OR_THING.has(kind) && !(trade && kind === "physical");
}
