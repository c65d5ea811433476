/**
 * The log lines' own stage and calibration as a data file (fitted-log-lines.json, written by
 * scripts/fit-log-lines.ts): its schema, the loader that checks a file against it, and the
 * serializer. A file of its own because it is fitted on the shipped model's logits for the
 * labelled timesheet lines, after that model (docs/decisions/184-log-line-calibration.md,
 * 185-log-line-stage.md).
 */
import { z } from "zod";
import { fittedFileIO, TrainingFileSchema } from "./model-file";

export const LOG_LINE_FILE_FORMAT = "orbital-log-line-calibration";
export const LOG_LINE_FILE_VERSION = 4;

const FiniteSchema = z.number().finite();
const PlattSchema = z.object({ slope: FiniteSchema.positive(), intercept: FiniteSchema });

/** One labelled part held out: the scaling fitted on the other parts, scored on this one. */
const HeldOutPartSchema = z.object({
  part: z.string().min(1),
  lines: z.number().int().nonnegative(),
  /** ECE (10 bins) of p_specialized against the labels: the statements' scaling, then the log lines' own. */
  eceSpecializedBefore: FiniteSchema,
  eceSpecialized: FiniteSchema,
  /** ECE (10 bins) of the confidence against whether the class was right. */
  eceConfidenceBefore: FiniteSchema,
  eceConfidence: FiniteSchema,
  /** Mean confidence before and after, beside the share of lines read right. */
  meanConfidenceBefore: FiniteSchema,
  meanConfidence: FiniteSchema,
  accuracy: FiniteSchema,
  /** Three-class and specialized-vs-not accuracy without the stage, then with it fitted on the other parts. */
  threeClassBefore: FiniteSchema,
  threeClass: FiniteSchema,
  binaryBefore: FiniteSchema,
  binary: FiniteSchema,
  /** The same four over the part's every line (longer lines as the classifier reads them, untouched by the stage). */
  whole: z.object({ lines: z.number().int().positive(), threeClassBefore: FiniteSchema, threeClass: FiniteSchema, binaryBefore: FiniteSchema, binary: FiniteSchema }),
});

const WEIGHT_NAME = /^(v|s|o|p|n|w|a|k|e):\S+$/;

/**
 * A stage's weights by feature name, checked by one loop rather than a Zod schema per entry
 * (41,000 entries at every start-up; as model-file.ts checks its weight pairs).
 */
const WeightsSchema = z
  .unknown()
  .superRefine((value, ctx) => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: "expected an object of feature weights" });
      return;
    }
    for (const [name, weight] of Object.entries(value)) {
      if (!WEIGHT_NAME.test(name)) return ctx.addIssue({ code: z.ZodIssueCode.custom, path: [name], message: "expected a feature such as 'w:invoice' or 'e:invoice'" });
      if (typeof weight !== "number" || !Number.isFinite(weight)) return ctx.addIssue({ code: z.ZodIssueCode.custom, path: [name], message: "expected a finite number" });
    }
  })
  .transform((value) => value as Record<string, number>);

/**
 * The vector weights of both models over one word list (decision 190): checked by one loop, as
 * the weights above (100,000 words and 200,000 numbers at every start-up).
 */
const SimilarSchema = z
  .unknown()
  .superRefine((value, ctx) => {
    const { words, specialized, split } = (typeof value === "object" && value !== null ? value : {}) as Record<string, unknown>;
    if (!Array.isArray(words) || !Array.isArray(specialized) || !Array.isArray(split)) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: "expected { words, specialized, split }, three arrays" });
      return;
    }
    for (const [name, list] of [["specialized", specialized], ["split", split]] as const) {
      if (list.length !== words.length) return ctx.addIssue({ code: z.ZodIssueCode.custom, path: [name], message: `expected ${words.length} weights, one per word, found ${list.length}` });
      const bad = list.findIndex((w) => typeof w !== "number" || !Number.isFinite(w));
      if (bad >= 0) return ctx.addIssue({ code: z.ZodIssueCode.custom, path: [name, bad], message: "expected a finite number" });
    }
    const bad = words.findIndex((w) => typeof w !== "string" || !/^\S+$/.test(w));
    if (bad >= 0) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["words", bad], message: "expected a word without spaces" });
  })
  .transform((value) => value as { words: readonly string[]; specialized: readonly number[]; split: readonly number[] });

/** The correction fitted on top of the two logits (log-line-stage.ts), with the settings it was fitted with. */
const StageSchema = z.object({
  settings: z.object({
    lambda: FiniteSchema,
    vectorScale: FiniteSchema,
    vectorLambda: FiniteSchema,
    minCount: z.number().int().positive(),
    iterations: z.number().int().positive(),
    vocabulary: z.number().int().positive(),
  }),
  specialized: WeightsSchema,
  split: WeightsSchema,
  similar: SimilarSchema,
  splitBias: FiniteSchema,
});

export const LogLineFileSchema = z.object({
  format: z.literal(LOG_LINE_FILE_FORMAT),
  version: z.literal(LOG_LINE_FILE_VERSION),
  training: z.array(TrainingFileSchema).min(1),
  /** The classifier version whose logits the scaling was fitted on. */
  classifierVersion: z.string().min(1),
  stage: StageSchema,
  /**
   * The least specialized logit, after the stage, of a line a rule holds specialized (decision
   * 188): chosen so that such lines' p_specialized matches how often they are right, held out.
   */
  ruleHeldLogit: FiniteSchema.refine((x) => x >= 0, "expected a logit of 0 or more"),
  /** p_specialized = sigmoid(slope · specialized logit + intercept), on log lines (the logit after the stage). */
  specialized: PlattSchema,
  /** p(automatable | exposed) = sigmoid(slope · split logit + intercept), on log lines. */
  split: PlattSchema,
  heldOut: z.array(HeldOutPartSchema).min(1),
});
export type LogLineFile = z.infer<typeof LogLineFileSchema>;

export class LogLineFileError extends Error {}

const io = fittedFileIO(
  LogLineFileSchema,
  { source: "fitted-log-lines.json", kind: "log-line stage and calibration", version: LOG_LINE_FILE_VERSION, refit: "npm run fit:log-lines", writing: "log-line stage and calibration to write" },
  LogLineFileError,
);
/** Checks parsed JSON against the schema; throws a LogLineFileError naming the first bad fields. */
export const readLogLineFile = io.read;
export const serializeLogLineFile = io.serialize;
