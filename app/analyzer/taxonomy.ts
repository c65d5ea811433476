/**
 * The analyzer's vocabulary: the three classes and the task atoms. Pure data; everything
 * else (charts, rubric docs, the classifier) reads it from here. See docs/rubric.md.
 */

export const TASK_CLASSES = ["automatable", "democratized", "specialized"] as const;
export type TaskClass = (typeof TASK_CLASSES)[number];

export const CLASS_LABELS: Record<TaskClass, string> = {
  automatable: "Automatable",
  democratized: "Democratized",
  specialized: "Specialized",
};

export const CLASS_DESCRIPTIONS: Record<TaskClass, string> = {
  automatable: "AI can do it end to end with light human review.",
  democratized: "AI lets a non-expert or a junior do what used to need an expert; a person directs and owns the result.",
  specialized: "Needs human judgment, accountability, trust, leadership or presence.",
};

/**
 * Units of work. The first eight are the information atoms from the mission (well defined,
 * handed to AI piece by piece); the rest are what real roles also need.
 */
export const WORK_ATOMS = [
  "research",
  "summarize",
  "draft",
  "organize",
  "analyze",
  "counterargue",
  "check_risks",
  "compare",
  "support_decision",
  "coordinate",
  "lead_people",
  "relate",
  "hands_on",
  "create",
] as const;

/**
 * Every atom a task can carry: the units of work, and "unclear" for a text too thin to say
 * which (a bare ticket id, a code name: decision 203). The classifier sets it only when it
 * recognized nothing in the text (no cue, no rule); a person's override names a unit of work.
 */
export const ATOMS = [...WORK_ATOMS, "unclear"] as const;
export type Atom = (typeof ATOMS)[number];

export const ATOM_LABELS: Record<Atom, string> = {
  research: "Research",
  summarize: "Summarize",
  draft: "Draft",
  organize: "Organize (tables, records, schedules)",
  analyze: "Analyze data",
  counterargue: "Counterargue / review",
  check_risks: "Check risks",
  compare: "Compare alternatives",
  support_decision: "Support / make decisions",
  coordinate: "Coordinate & communicate",
  lead_people: "Lead people",
  relate: "Relate to clients & patients",
  hands_on: "Hands-on / physical",
  create: "Create & design",
  unclear: "Unclear from the wording",
};

export interface Cue {
  /** What was seen, in words a reader understands: "verb 'compile'", "object 'report'", "'with clients'". */
  cue: string;
  /** Strength of the cue (≥ 0); larger means it mattered more. */
  weight: number;
  toward: TaskClass;
}

/** Calibrated probability of each class; the three sum to 1 (to rounding at 3 decimals). */
export type ClassProbabilities = Record<TaskClass, number>;

export interface Classification {
  class: TaskClass;
  /** 0–1: the probability of the chosen class (probabilities[class]). */
  confidence: number;
  probabilities: ClassProbabilities;
  atom: Atom;
  /** Strongest first. */
  cues: Cue[];
  /** One plain sentence built from the strongest cues. */
  rationale: string;
}

/**
 * Probabilities when only a class and its confidence are known (a person's override: 1; an
 * older stored classification): the rest is shared equally by the other two classes.
 */
export function probabilitiesOf(taskClass: TaskClass, confidence: number): ClassProbabilities {
  const rest = (1 - confidence) / 2;
  return { automatable: rest, democratized: rest, specialized: rest, [taskClass]: confidence };
}
