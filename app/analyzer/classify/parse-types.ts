/** What the parser hands to the rest of the classifier (parse.ts builds it). */

export interface PrepPhrase {
  prep: string;
  head: string;
  mods: string[];
}

export interface Clause {
  /** Lemmas of the clause's coordinated head verbs ("review, analyze and approve"). */
  verbs: string[];
  /** Head nouns of the direct objects ("budget reports" → "report"). */
  objects: string[];
  /** Other nouns and adjectives inside noun phrases ("budget", "tight"). */
  mods: string[];
  preps: PrepPhrase[];
  /** Lemmas inside a negation's scope ("without supervision" → "supervision"). */
  negated: string[];
  /** A purpose, manner or participle clause ("to fund operations", "by analyzing data"). */
  secondary: boolean;
  /** The noun a verb was read from ("huddle" for "meet", "report" for "prepare"), or null. */
  nominal: string | null;
  /**
   * The text opens without a verb: this first clause's verb was read from a noun phrase ("NPS
   * survey analysis", "CRM updates", "log analysis"), as log lines are written and task
   * statements are not ("Conduct research" has a verb, if a light one).
   */
  verbless: boolean;
}

export interface ParsedTask {
  clauses: Clause[];
  /** Every content lemma outside a negation, in order (nouns, verbs, adjectives, names). */
  lemmas: string[];
  /**
   * How words were written where that differs from their lemma, as pairs [lemma, written, …]:
   * cue labels show "data", not wink's lemma "datum", and "huddle", not the "meet" it was read as.
   */
  written: string[];
  /**
   * How the text is written (parse.ts `writingStyle`): a "sentence" closes with a period and
   * opens with its verb (every O*NET statement); a "typed" line has no closing period and has
   * digits, a ticket or time separator, a spaced dash, a lower-case start or no verb to open it
   * ("Build 13-wk cash flow model", "Call w/ opposing counsel re: settlement terms"); "plain" is
   * neither (a job-description bullet). Decides, with the length, which texts the log-line
   * stage reads (log-line.ts): since decision 188 "typed" and "plain" alike, never a sentence.
   */
  style: WritingStyle;
  /**
   * The text sets two things side by side ("Redis vs Memcached", "quotes side by side"): the
   * clauses keep no trace of "versus", which names the work on a log line (log-line-atom.ts).
   * Set only when true.
   */
  versus?: true;
  /** The text opens with a verb in the past tense ("Restocked lobby brochure rack"): work done, not a plan for it. Set only when true. */
  pastOpening?: true;
}

export type WritingStyle = "sentence" | "typed" | "plain";
