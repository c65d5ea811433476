/**
 * The orchestrator-capability survey, word for word. This module is the contract: the
 * importer matches Forms headers against these texts, the CSV template's headers are these
 * texts, and the survey page prints them. Changing a word here changes all three at once
 * (and makes files exported from an older form fail to match: see docs/decisions/150).
 */
import { memoize } from "./parse-once";

/** The five capabilities, in the order the survey asks about them (the analyzer's order too). */
export const SURVEY_CAPABILITIES = ["decomposition", "instruction", "verification", "automation", "scaling"] as const;
export type SurveyCapability = (typeof SURVEY_CAPABILITIES)[number];

export interface SurveyStatement {
  /** Column key in the database and the analysis: q1 … q10. */
  key: QuestionKey;
  capability: SurveyCapability;
  text: string;
}

export const QUESTION_KEYS = ["q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8", "q9", "q10"] as const;
export type QuestionKey = (typeof QUESTION_KEYS)[number];

/** Ten statements, two per capability, each answered on the agreement scale below. */
export const SURVEY_STATEMENTS: readonly SurveyStatement[] = [
  { key: "q1", capability: "decomposition", text: "I can break a piece of my work into steps that AI could do on its own." },
  { key: "q2", capability: "decomposition", text: "I know which parts of my work need my own judgment and which do not." },
  { key: "q3", capability: "instruction", text: "When I ask AI for something, I give it the context, constraints, goal and what a good result looks like." },
  { key: "q4", capability: "instruction", text: "I can write instructions that a colleague or an AI could follow without asking me questions." },
  { key: "q5", capability: "verification", text: "I check AI-generated work against sources or criteria before I use it." },
  { key: "q6", capability: "verification", text: "I can tell when an AI answer is wrong or incomplete in my field." },
  { key: "q7", capability: "automation", text: "I have turned a repetitive task into a workflow that runs with little effort from me." },
  { key: "q8", capability: "automation", text: "I know which tools in our company can connect steps of my work together." },
  { key: "q9", capability: "scaling", text: "I share prompts, workflows or checks that make my team faster." },
  { key: "q10", capability: "scaling", text: "I help colleagues use AI well in their work." },
];

/** 1 … 5, as Forms tools export them (the label text) or as numbers. */
export const AGREEMENT_LABELS = ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"] as const;

export const AI_USE_QUESTION = "How often do you use AI tools in your work?";
/** Stored as the index 0 … 4. */
export const AI_USE_LABELS = ["Never", "Monthly", "Weekly", "Daily", "Several times a day"] as const;

/** The extra question a form needs while Orbital has no roster: who the respondent's role is. */
export const ROLE_QUESTION = "role";

/** Orbital's own CSV template: the identity and role columns, then every question as its text. */
export const TEMPLATE_HEADERS: readonly string[] = ["employee_id", "role", "submitted_at", ...SURVEY_STATEMENTS.map((s) => s.text), AI_USE_QUESTION];


/** A statement's answer: 1–5 from a number ("4", "4.0", "4 - Agree") or a label ("Agree"); null when neither. */
export const parseAgreement = memoize(readAgreement, 10_000);

function readAgreement(cell: string): number | null {
  const text = cell.trim();
  const numbered = /^([1-5])(?:[.,]0+)?(?:\s*[-–—:.)(]\s*(.*?)\)?)?$/.exec(text);
  if (numbered) {
    const label = numbered[2] ? labelIndex(numbered[2], AGREEMENT_LABELS) : null;
    // "4 - Agree" must agree with itself; "4 - Disagree" is a typo we will not guess at.
    if (numbered[2] && label !== Number(numbered[1]) - 1) return null;
    return Number(numbered[1]);
  }
  const label = labelIndex(text, AGREEMENT_LABELS) ?? labelIndex(text, AGREEMENT_ALIASES);
  if (label === null) return null;
  return label + 1;
}

/** The AI-use answer as 0 (Never) … 4 (Several times a day); null when not one of the options. */
export const parseAiUse = memoize((cell: string) => labelIndex(cell, AI_USE_LABELS) ?? labelIndex(cell, AI_USE_ALIASES), 10_000);

/** Wordings Forms tools and translations of the scale commonly use for the same five points. */
const AGREEMENT_ALIASES = ["Strongly disagree", "Disagree", "Neutral", "Agree", "Strongly agree"] as const;
const AI_USE_ALIASES = ["Not at all", "A few times a month", "A few times a week", "Every day", "Multiple times a day"] as const;

const labelKey = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

function labelIndex(cell: string, labels: readonly string[]): number | null {
  const key = labelKey(cell);
  if (!key) return null;
  const index = labels.findIndex((label) => labelKey(label) === key);
  return index < 0 ? null : index;
}

export const AGREEMENT_EXPECTED = `1 to 5 or one of ${AGREEMENT_LABELS.map((l) => `"${l}"`).join(", ")}`;
export const AI_USE_EXPECTED = `one of ${AI_USE_LABELS.map((l) => `"${l}"`).join(", ")}`;
