/**
 * Reads tagged tokens into clauses: head verbs, the head nouns of their objects, prepositional
 * modifiers and negation scopes (docs/decisions/021-language-processing.md), and reads the work
 * out of the verb-less noun phrases task logs are made of ("CRM updates", "safety huddle",
 * "AHT report W31", docs/decisions/026-timesheet-text.md).
 *
 * A class rather than closures inside parseTask: the reader's state lives in one object, and
 * no function objects are made per text (this runs for every text classified).
 */
import { ACTION_NOUNS, isInformationThing, isSomeoneWith, objectKind, VERBS } from "./lexicon";
import type { Clause, ParsedTask } from "./parse-types";
import { LOG_LINE_WORDS } from "./log-line";
import { writtenIn } from "./written";

const CONTENT = new Set(["NOUN", "PROPN", "VERB", "ADJ"]);
const NOMINAL = new Set(["NOUN", "PROPN", "ADJ", "NUM"]);
// "+" joins separate items in task logs ("safety huddle + floor walk").
const CLAUSE_END = new Set([";", ".", "!", "?", ":", "\n", "+"]);
const NEGATORS = new Set(["without", "not", "no", "never", "n't", "non", "nor"]);
/** Tags a negator can have: nouns, verbs and names never negate, and are most tokens. */
const MAY_NEGATE = new Set(["ADP", "SCONJ", "PART", "ADV", "DET", "CCONJ", "ADJ", "X"]);
const SUBORDINATORS = new Set(["to", "by", "for", "while", "when", "after", "before", "through", "that", "which", "who", "in", "using"]);
/** Kinds of noun that name a deliverable when a log line is only that noun ("AHT report W31"). */
const DELIVERABLE_KINDS = new Set(["document", "design", "software"]);
/** Verbs that hand the meaning to their object's action noun: "perform maintenance", "run sprint planning". */
const LIGHT_VERBS = new Set(["perform", "conduct", "do", "complete", "run", "carry", "undertake", "execute", "give", "handle", "hold", "take"]);
const PARTICLES = new Set(["up", "out", "down", "off", "away", "back"]);
/**
 * What the action nouns of meetings and conversations stand for ("huddle" → meet, "intake" →
 * interview), and the verbs that do something to a meeting rather than name it: "schedule
 * meeting" is scheduling, "staff huddle" and "budget mtg w/ dept heads" are the meeting itself.
 */
const MEETING_ACTIONS = new Set(["meet", "interview", "call"]);
const ACTS_ON_MEETINGS = new Set(
  `schedule reschedule book cancel plan prepare organize organise arrange set attend run hold host chair facilitate
   join lead record document summarize recap minute moderate coordinate confirm invite move answer take return
   route transfer forward log enter make place transcribe`.split(/\s+/),
);
/** Work shown to people: a walkthrough or demo held with someone is the session, whatever acts on it ("audit walkthrough w/ EY"). */
const SHOWN = new Set(["explain", "present"]);
/** Verbs that act on a piece of work named as a noun ("review code changes", "approve budget planning"). */
const ACTS_ON_WORK = new Set(
  `schedule reschedule plan prepare organize organise arrange run lead document summarize coordinate review check audit
   approve monitor test track support manage oversee supervise update finish start begin continue resume complete
   finalize submit request assign delegate present report discuss communicate explain`.split(/\s+/),
);
/**
 * Cleanup named as a noun ("AP aging cleanup", "territory map cleanup", "SFDC hygiene") is the
 * correction of records unless a physical thing is being cleaned ("truck cleanup").
 */
const CLEANUP_NOUNS = new Set(["cleanup", "hygiene"]);

const isDeliverable = (lemma: string) => DELIVERABLE_KINDS.has(objectKind(lemma) ?? "");
/** Actions that are time spent with people, when read from a noun: the meetings, and attending or visiting. */
const SESSION_ACTIONS = new Set([...MEETING_ACTIONS, "attend", "visit"]);
/** Measures of sessions; not "hr", as often human resources ("mtg w CEO and HR") as hours. */
const SESSION_MEASURES = new Set(["rate", "stats", "statistic", "metric", "hour", "count", "volume", "total", "completion", "attendance", "kpi", "tally"]);
/**
 * What is counted or kept of sessions (decision 215): a measure, or an information thing (a log,
 * a tracker, a list …) other than an appointment, itself a session ("Intake appt w/ dislocated worker").
 */
const recordsSessions = (noun: string) => SESSION_MEASURES.has(noun) || isRecordNotAppointment(noun);
/** An information thing other than an appointment, which is a session itself. */
function isRecordNotAppointment(noun: string): boolean {
  return isInformationThing(noun) && noun !== "appointment";
}

/**
 * An intake read as an interview that names records it takes in ("case intake log", "Intake forms
 * → WILD-ONe", "invoice intake bot"): the records are logged, nobody is interviewed (decision 221).
 */
function isIntakeOfRecords(clause: Clause): boolean {
  if (clause.nominal !== "intake" || clause.verbs.length !== 1 || clause.verbs[0] !== "interview") return false;
  return clause.objects.some(isRecordNotAppointment) || clause.mods.some(isRecordNotAppointment) || clause.preps.some((p) => isRecordNotAppointment(p.head));
}

/** One meeting, as written: "transcribe interviews", "attend meetings" are objects of the verb. */
function isSingular(written: string, lemma: string): boolean {
  return written === lemma || !written.endsWith("s");
}

/** The atoms of a conversation: what it is about may name whom it serves. */
const CONVERSATION_ATOMS = new Set(["coordinate", "relate"]);

/** A clause that names its task as a noun ("Blog post", "Training") or is a conversation. */
function namesTheTask(clause: Clause): boolean {
  return clause.nominal !== null || (clause.verbs.length === 1 && MEETING_ACTIONS.has(clause.verbs[0]));
}

function newClause(secondary: boolean): Clause {
  return { verbs: [], objects: [], mods: [], preps: [], negated: [], secondary, nominal: null, verbless: false };
}

/** An action noun in a clause's first object ("perform seasonal maintenance visits"). */
interface ObjectAction {
  noun: string;
  /** It is the object's head ("run sprint planning"), not a modifier. */
  isHead: boolean;
}

export class ClauseReader {
  private readonly clauses: Clause[] = [];
  private readonly lemmas: string[] = [];
  private readonly written: string[] = [];
  private clause = newClause(false);
  /** The preposition governing the noun phrase being read. */
  private prep: string | null = null;
  /** Nominal lemmas of the noun phrase being read. */
  private readonly phrase: string[] = [];
  /** Index in phrase of its last noun (the head), -1 while it has none. */
  private phraseHead = -1;
  /** Inside a negation's scope until the next noun phrase or verb ends. */
  private negating = false;
  /** Tokens read since the last verb of the head verb group. */
  private sinceVerb = 0;
  /**
   * Noun phrases read before the clause has a verb ("CRM updates"), with their heads marked. If
   * no verb comes, the action or deliverable among them becomes the clause's verb (closeClause).
   */
  private readonly topic: string[] = [];
  private readonly topicHeads: boolean[] = [];
  /** The text's first word was read as a verb. */
  private firstWordVerb = false;
  /** Nouns straight after that first word ("log analysis": 1; "log the hours": 0). */
  private nounsAfterFirst = 0;
  private objectAction: ObjectAction | null = null;

  constructor(
    /** Universal POS tags, corrected by retag.ts; read and, at clause starts, corrected here. */
    private readonly pos: string[],
    private readonly lemma: readonly string[],
    private readonly value: readonly string[],
    /** Index of the first token of the text (1 when parse.ts added a subject). */
    private readonly skip: number,
  ) {}

  read(): ParsedTask {
    const { pos, lemma, skip } = this;
    // Lemmas double as the lower-cased word form (wink lower-cases them, punctuation included).
    const normal = lemma;
    for (let i = skip; i < pos.length; i++) {
      const word = normal[i];
      const lem = lemma[i];
      const clause = this.clause;
      // After ";" or a conjunction the tagger reads a bare imperative ("; schedule visits") as a
      // noun; a clause that has nothing yet and starts with a known verb starts with that verb.
      const atClauseStart =
        this.clauses.length > 0 && !clause.verbs.length && !this.phrase.length && !clause.preps.length && !this.prep && this.topic.length === 0;
      if (atClauseStart && (pos[i] === "NOUN" || pos[i] === "ADJ" || pos[i] === "PROPN") && VERBS.has(lem)) pos[i] = "VERB";
      const p = pos[i];
      if (p === "PUNCT" || p === "SYM") {
        if (!CLAUSE_END.has(word)) {
          this.closePhrase();
          continue;
        }
        this.closeClause(false);
        // "Blog post: heat pump vs furnace", "Training: RF scanner": after a line that names its
        // task as a noun, a colon introduces the subject matter, which is not more work.
        // So does a colon after a conversation ("interview loop - system design").
        if (word === ":" && this.clauses.length > 0 && namesTheTask(this.clauses[this.clauses.length - 1])) {
          this.keepPeopleServed(i + 1, this.clauses[this.clauses.length - 1]);
          break;
        }
        continue;
      }
      if (MAY_NEGATE.has(p) && NEGATORS.has(word)) {
        this.closePhrase();
        this.negating = true;
        continue;
      }
      if (p === "VERB") {
        this.readVerb(i);
        continue;
      }
      this.sinceVerb++;
      // "clean up the database", "set up accounts": a particle right after its verb, not a preposition.
      if (p === "ADP" && pos[i - 1] === "VERB" && PARTICLES.has(word)) continue;
      if (p === "ADP" || p === "SCONJ") {
        this.closePhrase();
        // The lemma, which for prepositions is the word itself, except that wink's lemma of
        // "through" is "thru" (checked on every preposition of the GPTs-are-GPTs statements).
        this.prep = lem === "thru" ? "through" : lem;
        continue;
      }
      if (p === "CCONJ") {
        // "clients and patients" keep the same role; an adjective-only run ("financial or budget
        // activities") waits for its noun.
        if (this.phrase.length > 0 && pos[i - 1] !== "NOUN" && pos[i - 1] !== "PROPN") continue;
        // "customer and dealer orders": a lone noun joined to a compound shares its head.
        if (this.phrase.length === 1 && this.nounsAhead(i + 1) >= 2) continue;
        this.closePhrase();
        continue;
      }
      if (p === "PART" && word === "to") {
        this.closePhrase();
        this.prep = "to";
        continue;
      }
      if (NOMINAL.has(p) && p !== "NUM") {
        if (p === "NOUN") this.phraseHead = this.phrase.length;
        this.phrase.push(lem);
        this.remember(lem, i);
        if (!this.negating && CONTENT.has(p)) this.lemmas.push(lem);
      }
      // Numbers, determiners, pronouns, adverbs and particles end nothing: "the", "all", "'s"
      // sit inside phrases.
    }
    this.closeClause(false);
    // How it was written is read from the text itself (parse.ts writingStyle).
    return { clauses: this.clauses, lemmas: this.lemmas, written: this.written, style: "plain" };
  }

  private readVerb(i: number): void {
    const { pos, lemma, value, skip } = this;
    const lem = lemma[i];
    this.closePhrase();
    const prevPos = i > skip ? pos[i - 1] : "";
    const prev = i > skip ? (lemma[i - 1] === "thru" ? "through" : lemma[i - 1]) : "";
    let clause = this.clause;
    const inHeadGroup = clause.verbs.length > 0 && this.sinceVerb <= 2 && (prevPos === "CCONJ" || prev === "," || prevPos === "VERB" || prevPos === "ADV");
    if (clause.verbs.length > 0 && !inHeadGroup) {
      // A new verb after objects starts a clause: coordinated ("…reports, and approve…")
      // keeps the current clause's rank; after "to", "by", a noun or a participle it is subordinate.
      const coordinated = prevPos === "CCONJ" || prev === ",";
      this.closeClause(coordinated ? clause.secondary : true);
      clause = this.clause;
    } else if (clause.verbs.length === 0 && prev === "to" && this.clauses.length === 0 && this.topicNamesDeliverable()) {
      // "SQL to pull churned accounts", "script to dedupe contacts": a log line that names a
      // deliverable and then its purpose is making the deliverable; the purpose is secondary.
      this.closeClause(true);
      clause = this.clause;
    } else if (clause.verbs.length === 0 && SUBORDINATORS.has(prev) && this.clauses.length > 0) {
      clause.secondary = true;
    }
    if (this.negating) {
      clause.negated.push(lem);
      this.negating = false;
    } else {
      // "performance review writing", "error code troubleshooting": nouns before a gerund are its object.
      if (clause.verbs.length === 0 && this.topic.length > 0 && value[i].endsWith("ing")) {
        for (let k = 0; k < this.topic.length; k++) if (this.topicHeads[k]) clause.objects.push(this.topic[k]);
      }
      this.flushTopic();
      if (i === skip) {
        this.firstWordVerb = true;
        this.nounsAfterFirst = this.nounsAhead(i + 1);
      }
      clause.verbs.push(lem);
      this.lemmas.push(lem);
    }
    this.remember(lem, i);
    this.sinceVerb = 0;
    this.prep = null;
  }

  /** How many nouns the noun phrase starting at `from` holds before anything else. */
  private nounsAhead(from: number): number {
    const { pos } = this;
    let nouns = 0;
    for (let j = from; j < pos.length; j++) {
      if (pos[j] === "NOUN" || pos[j] === "PROPN") nouns++;
      else if (pos[j] !== "ADJ") break;
    }
    return nouns;
  }

  private remember(lem: string, i: number): void {
    if (this.value[i] !== lem) this.written.push(lem, this.value[i]);
  }

  /**
   * "Telehealth f/u - diabetic pts", "Intake call: new patients": the subject matter after a
   * conversation may say who it is with, and that is who the conversation serves. Only people
   * served (clients, patients, students…): a topic is otherwise not more work.
   */
  private keepPeopleServed(from: number, clause: Clause): void {
    if (!clause.verbs.some((verb) => CONVERSATION_ATOMS.has(VERBS.get(verb)?.atom ?? ""))) return;
    const { pos, lemma } = this;
    for (let k = from; k < pos.length; k++) {
      if ((pos[k] !== "NOUN" && pos[k] !== "PROPN") || objectKind(lemma[k]) !== "client") continue;
      clause.preps.push({ prep: "with", head: lemma[k], mods: [] });
      this.remember(lemma[k], k);
      this.lemmas.push(lemma[k]);
    }
  }

  /** Records that `verb` was read from the noun `noun`, for the cue labels. */
  private readFrom(verb: string, noun: string): void {
    this.clause.nominal = noun;
    if (verb !== noun) this.written.push(verb, writtenIn(this.written, noun));
  }

  /** The noun phrases read before any verb are headed by a deliverable ("SQL", "macro", "deck"). */
  private topicNamesDeliverable(): boolean {
    const { topic, topicHeads } = this;
    for (let k = 0; k < topic.length; k++) if (topicHeads[k] && isDeliverable(topic[k])) return true;
    return false;
  }

  private flushTopic(): void {
    const { topic, topicHeads, clause } = this;
    if (topic.length === 0) return;
    for (let k = 0; k < topic.length; k++) if (!topicHeads[k]) clause.mods.push(topic[k]);
    // Emptied in place: the words were copied, and this runs at every verb.
    topic.length = 0;
    topicHeads.length = 0;
  }

  private closePhrase(): void {
    const { phrase, clause } = this;
    if (phrase.length === 0) return;
    // The head is the last noun: "report for client X" is about the client, not "X".
    const at = this.phraseHead >= 0 ? this.phraseHead : phrase.length - 1;
    if (this.negating) {
      for (const lem of phrase) clause.negated.push(lem);
      this.negating = false;
    } else if (!this.prep && clause.verbs.length === 0) {
      for (let k = 0; k < phrase.length; k++) {
        this.topic.push(phrase[k]);
        this.topicHeads.push(k === at);
      }
    } else {
      const head = phrase[at];
      const mods: string[] = [];
      for (let k = 0; k < phrase.length; k++) if (k !== at) mods.push(phrase[k]);
      if (this.prep) clause.preps.push({ prep: this.prep, head, mods });
      else {
        clause.objects.push(head);
        if (this.objectAction === null) {
          let k = phrase.length - 1;
          while (k >= 0 && !ACTION_NOUNS.has(phrase[k])) k--;
          if (k >= 0) this.objectAction = { noun: phrase[k], isHead: k === at };
        }
      }
      for (const m of mods) clause.mods.push(m);
    }
    // Emptied in place: every word was copied out above.
    phrase.length = 0;
    this.phraseHead = -1;
  }

  private closeClause(secondary: boolean): void {
    this.closePhrase();
    const clause = this.clause;
    const firstWordUnknown = this.firstWordVerb && this.clauses.length === 0 && clause.verbs.length === 1 && !VERBS.has(clause.verbs[0]);
    const action = this.objectAction;
    if (action !== null && clause.verbs.length > 0) {
      if (clause.verbs.every((v) => LIGHT_VERBS.has(v))) this.readLightVerb(action);
      // "board meeting minutes": the action only modifies the deliverable, which is being prepared.
      else if (firstWordUnknown && !action.isHead && isDeliverable(clause.objects[0])) this.readFirstWordAsDeliverable();
      else if (firstWordUnknown || this.namesMeeting(action)) this.readFirstWordAsNoun(action);
      else if (this.modifiesAction(action)) {
        this.readFirstWordAsNoun(action);
        // Checked log-line short: the line has no verb of its own.
        clause.verbless = true;
      }
    } else if (firstWordUnknown && clause.objects.length > 0 && isDeliverable(clause.objects[0])) {
      // "Blog post: …": the first word modifies a deliverable, which is being prepared.
      this.readFirstWordAsDeliverable();
    }
    this.objectAction = null;
    if (clause.verbs.length === 0 && !clause.secondary) this.readTopic();
    this.flushTopic();
    if (isIntakeOfRecords(clause)) {
      clause.verbs[0] = "log";
      this.written.push("log", writtenIn(this.written, "intake"));
    }
    if (clause.verbs.length || clause.objects.length || clause.preps.length || clause.negated.length) this.clauses.push(clause);
    this.clause = newClause(secondary);
    this.prep = null;
    this.negating = false;
    this.sinceVerb = 0;
  }

  /**
   * A clause without a verb: the last action noun is its verb ("CRM updates" → update CRM),
   * unless a deliverable follows it ("QBR deck"), which is then being prepared, as when there is
   * no action at all ("AHT report W31"). With neither, the nouns still say what the work is about
   * ("on-call shift", "chat queue") and stay as objects.
   */
  private readTopic(): void {
    const { topic, clause } = this;
    // Only the text's first clause: a statement that opens with its verb may still have a
    // verbless clause later ("Grade homework and tests"), and is not written as a log line.
    clause.verbless = this.clauses.length === 0;
    let k = topic.length - 1;
    while (k >= 0 && !ACTION_NOUNS.has(topic[k])) k--;
    let d = topic.length - 1;
    while (d > k && !isDeliverable(topic[d])) d--;
    // A sign-off before a deliverable decides on it ("Sign off punch list report"); nobody
    // prepares it. An "approval memo" is still written (decision 223).
    const decidesOn = d > k && k >= 0 && topic[k] === "signoff";
    if (d > k && !decidesOn) return this.readDeliverable(d);
    // A meeting, call or visit named before the record or measure that heads the phrase
    // ("training completion rates", "monthly visit stats"): the record is the work, the sessions
    // its subject.
    const head = topic.length - 1;
    if (k >= 0 && k < head && SESSION_ACTIONS.has(ACTION_NOUNS.get(topic[k])!) && recordsSessions(topic[head])) k = -1;
    if (k < 0) {
      for (let j = 0; j < topic.length; j++) if (this.topicHeads[j]) clause.objects.push(topic[j]);
      return;
    }
    let verb = ACTION_NOUNS.get(topic[k])!;
    if (CLEANUP_NOUNS.has(topic[k]) && !topic.some((noun) => objectKind(noun) === "physical")) verb = "correct";
    clause.verbs.push(verb);
    this.readFrom(verb, topic[k]);
    // The noun right before the action is what it acts on ("CRM updates"), or the deliverable
    // decided on after it; the rest modify.
    const object = decidesOn ? d : k - 1;
    if (object >= 0) clause.objects.push(topic[object]);
    // What is left only modifies (flushTopic moves non-heads to mods).
    let kept = 0;
    for (let j = 0; j < topic.length; j++) if (j !== k && j !== object) topic[kept++] = topic[j];
    topic.length = kept;
    this.topicHeads.length = kept;
    this.topicHeads.fill(false);
  }

  private readDeliverable(at: number): void {
    const noun = this.topic[at];
    this.clause.verbs.push("prepare");
    this.readFrom("prepare", noun);
    this.clause.objects.push(noun);
    this.topic.splice(at, 1);
    this.topicHeads.splice(at, 1);
  }

  private readFirstWordAsDeliverable(): void {
    const { clause } = this;
    clause.mods.push(clause.verbs[0]);
    clause.verbs[0] = "prepare";
    this.readFrom("prepare", clause.objects[0]);
  }

  /** The word as the text wrote it (after shorthand, before cue display forms), or the lemma. */
  private writtenRaw(lemma: string): string {
    const { written } = this;
    for (let i = 0; i < written.length; i += 2) if (written[i] === lemma) return written[i + 1];
    return lemma;
  }

  /**
   * The line's first word, read as a verb, modifies a meeting that heads its object ("staff
   * huddle", "budget meeting with department heads"): the word does nothing to the meeting.
   */
  private namesMeeting(action: ObjectAction): boolean {
    const { clause } = this;
    return (
      this.firstWordVerb &&
      this.clauses.length === 0 &&
      clause.verbs.length === 1 &&
      action.isHead &&
      clause.objects.length === 1 &&
      // One meeting, as written: "transcribe interviews", "attend meetings" are objects of the verb.
      isSingular(this.writtenRaw(action.noun), action.noun) &&
      this.namesSession(ACTION_NOUNS.get(action.noun)!) &&
      !ACTS_ON_MEETINGS.has(clause.verbs[0])
    );
  }

  /**
   * The action names a meeting or call; or it was held with someone, as a walkthrough or demo
   * whatever the first word, or any work noun after a first word that does not act on work
   * ("audit walkthrough w/ EY", "design review w/ team"; decision 188).
   */
  private namesSession(verb: string): boolean {
    if (MEETING_ACTIONS.has(verb)) return true;
    // Done with someone, not with a thing ("w/ call notes").
    return (SHOWN.has(verb) || !ACTS_ON_WORK.has(this.clause.verbs[0])) && this.clause.preps.some(isSomeoneWith);
  }

  /**
   * The line's first word, read as a verb, heads a compound whose last word names the action
   * as a noun ("log analysis", "help center article updates", "service report write-up"): the
   * word is what the action is about. Only when the action noun is a noun form of its own
   * ("analysis", "updates", "write-up"; not "review" or "plan", which a verb may act on) and the
   * verb is not one that acts on such work ("schedule", "prepare", "review").
   */
  private modifiesAction(action: ObjectAction): boolean {
    const { clause } = this;
    if (!this.firstWordVerb || this.nounsAfterFirst === 0 || this.clauses.length > 0 || clause.verbs.length !== 1 || !action.isHead || clause.objects.length !== 1) return false;
    const first = clause.verbs[0];
    const verb = ACTION_NOUNS.get(action.noun)!;
    if (MEETING_ACTIONS.has(verb) || ACTS_ON_WORK.has(first) || !this.isLogLine()) return false;
    // Only a word that also names a kind of object ("log", "market", "budget"), before an action
    // noun of its own form ("analysis", "sizing", "rollout"): O*NET's first verbs are verbs,
    // and "develop marketing plan", "evaluate vulnerability assessment" keep them (decision 175).
    return objectKind(first) !== undefined && action.noun !== verb;
  }

  /** Log-line short: at most LOG_LINE_WORDS content words, as log-line.ts counts for the log-line rules (the lemmas are not all read yet). */
  private isLogLine(): boolean {
    const { pos, skip } = this;
    let content = 0;
    for (let j = skip; j < pos.length; j++) if (CONTENT.has(pos[j]) && ++content > LOG_LINE_WORDS) return false;
    return true;
  }

  /** "Perform maintenance" is maintaining: the light verb gives way to its object's action. */
  private readLightVerb(action: ObjectAction): void {
    const verb = ACTION_NOUNS.get(action.noun)!;
    const clause = this.clause;
    clause.verbs = [verb];
    this.readFrom(verb, action.noun);
    // The action was the object's head ("run sprint planning"): it is no longer an object.
    if (action.isHead) clause.objects.splice(clause.objects.indexOf(action.noun), 1);
  }

  /**
   * "team huddle", "bin audit aisle 1": the tagger made the first word a verb the lexicon does
   * not know and the action sits in its object. Read the action as the verb, the word as an object.
   */
  private readFirstWordAsNoun(action: ObjectAction): void {
    const first = this.clause.verbs[0];
    this.readLightVerb(action);
    this.clause.objects.unshift(first);
  }
}
