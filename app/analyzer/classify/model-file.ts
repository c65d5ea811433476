/**
 * The fitted model as a data file (fitted-model.json): its schema, the loader that checks a
 * file against it, and the serializer the fitting script writes it with. Both directions live
 * here so the writer can never produce a file the reader refuses (docs/decisions/100).
 *
 * Weights are [feature, weight] pairs sorted by feature rather than an object: one pair per line
 * diffs well, and TypeScript types a JSON import of pairs as (string | number)[][] instead of
 * building a type with thousands of properties on every type-check.
 */
import { z } from "zod";

export const MODEL_FILE_FORMAT = "orbital-fitted-classifier";
export const MODEL_FILE_VERSION = 3;

const FEATURE = /^(?:[vsonwe]:[^:\s]+|(?:p|vo|bi):[^:\s]+:[^:\s]+|pk:[a-z]+:[a-z_]+|[ak]:[a-z_]+)$/;
const Sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, "expected a sha256 in lower-case hex");
const FiniteSchema = z.number().finite();

/**
 * [feature, weights] pairs sorted by feature, checked by one loop rather than a Zod tuple per
 * pair: Zod took 150–280 ms for 7,000 pairs at start-up, this takes about a millisecond.
 * `weightsProblem` says what is wrong with a pair's second half, or null. Returns the first
 * problem, or null.
 */
export function sortedPairsProblem(
  value: unknown,
  feature: { pattern: RegExp; examples: string },
  weightsProblem: (weights: unknown) => string | null,
): { path: (string | number)[]; message: string } | null {
  if (!Array.isArray(value)) return { path: [], message: "expected an array of [feature, weight] pairs" };
  let previous = "";
  for (let i = 0; i < value.length; i++) {
    const pair: unknown = value[i];
    if (!Array.isArray(pair) || pair.length !== 2) return { path: [i], message: "expected a [feature, weight] pair" };
    const [name, weights] = pair as unknown[];
    if (typeof name !== "string" || !feature.pattern.test(name)) return { path: [i, 0], message: `expected a feature such as ${feature.examples}` };
    const problem = weightsProblem(weights);
    if (problem !== null) return { path: [i, 1], message: problem };
    if (i > 0 && previous >= name) return { path: [i, 0], message: `features must be sorted and unique ('${name}' after '${previous}')` };
    previous = name;
  }
  return null;
}

const finiteProblem = (weight: unknown) => (typeof weight === "number" && Number.isFinite(weight) ? null : "expected a finite number");
const weightsProblem = (value: unknown) => sortedPairsProblem(value, { pattern: FEATURE, examples: "'v:compile', 'p:with:client' or 'a:organize'" }, finiteProblem);

const WeightsSchema = z
  .unknown()
  .superRefine((value, ctx) => {
    const problem = weightsProblem(value);
    if (problem) ctx.addIssue({ code: z.ZodIssueCode.custom, ...problem });
  })
  .transform((value) => value as [string, number][]);

/** A file a model was fitted on, named and checksummed so a refit can be checked against it. */
export const TrainingFileSchema = z.object({
  file: z.string().min(1),
  sha256: Sha256Schema,
  rows: z.number().int().nonnegative(),
  /** What the rows were used as ("human labels", "machine labels, weight 0.25"). */
  use: z.string().min(1),
});

const CrossValidationSchema = z.object({
  folds: z.number().int().min(2),
  /** How rows were kept apart: by normalized text, so duplicates never straddle a fold. */
  groupedBy: z.string().min(1),
  /** Which rows the held-out predictions were scored on, and how. */
  scoredOn: z.string().min(1),
  kappa: FiniteSchema,
  accuracy: FiniteSchema,
  macroF1: FiniteSchema,
  foldKappaMean: FiniteSchema,
  foldKappaSd: FiniteSchema,
});

/** [bin's lower edge, rows, mean predicted, observed share] */
const BinSchema = z.tuple([FiniteSchema, z.number().int().nonnegative(), FiniteSchema, FiniteSchema]);

/** Platt scaling of the logit, fitted on cross-validated logits, and how well it holds. */
const CalibrationSchema = z.object({
  slope: FiniteSchema,
  intercept: FiniteSchema,
  scoredOn: z.string().min(1),
  /** ECE (10 bins) of sigmoid(logit) before scaling and of the scaled probability, both held out. */
  eceBefore: FiniteSchema,
  ece: FiniteSchema,
  reliability: z.array(BinSchema).length(10),
});

/** One logistic model over the classifier's features, with where it came from. */
export const BinaryModelSchema = z.object({
  /** What a positive logit means, in words ("specialized (vs AI-exposed)"). */
  target: z.string().min(1),
  training: z.array(TrainingFileSchema).min(1),
  settings: z.record(FiniteSchema),
  crossValidation: CrossValidationSchema,
  calibration: CalibrationSchema,
  bias: FiniteSchema,
  weights: WeightsSchema,
});
export type BinaryModel = z.infer<typeof BinaryModelSchema>;

export const SplitModelSchema = BinaryModelSchema.extend({
  /** Scale of the hand-written rubric's split score in the logit (a fixed, explainable term). */
  lexiconWeight: FiniteSchema,
  /** The logit at and above which an AI-exposed task is automatable (chosen in cross-validation). */
  threshold: FiniteSchema,
});
export type SplitModel = z.infer<typeof SplitModelSchema>;

export const ModelFileSchema = z.object({
  format: z.literal(MODEL_FILE_FORMAT),
  version: z.literal(MODEL_FILE_VERSION),
  /** Who the data came from: shipped with the weights because the licences ask for it. */
  attribution: z.array(z.string().min(1)).min(1),
  specialized: BinaryModelSchema,
  /** Automatable (positive) vs democratized, for AI-exposed tasks. */
  split: SplitModelSchema,
});
export type ModelFile = z.infer<typeof ModelFileSchema>;

export class ModelFileError extends Error {}

const io = fittedFileIO(
  ModelFileSchema,
  { source: "fitted-model.json", kind: "model", version: MODEL_FILE_VERSION, refit: "npm run fit:classifier", writing: "model to write" },
  ModelFileError,
);
/** Checks parsed JSON against the schema; throws a ModelFileError naming the first bad fields. */
export const readModelFile = io.read;
/**
 * The file's text: two-space JSON, except that a short array of plain values (a weight pair)
 * stays on one line. Checked against the schema first.
 */
export const serializeModelFile = io.serialize;

/**
 * The reader and writer of one fitted data file: read checks parsed JSON against the schema
 * (readFittedFile; `FileError` names the first bad fields), write checks and lays it out.
 */
export function fittedFileIO<T>(
  schema: z.ZodType<T, z.ZodTypeDef, unknown>,
  file: { source: string; kind: string; version: number; refit: string; writing: string },
  FileError: new (message: string) => Error,
): { read(data: unknown, source?: string): T; serialize(value: T): string } {
  const read = (data: unknown, source = file.source) => readFittedFile(schema, data, { ...file, source }, FileError);
  return { read, serialize: (value) => formatModelJson(read(value, file.writing)) };
}

/**
 * Any fitted data file checked against its schema: the version first, so an older or newer file
 * says so instead of listing every field, then the first three problems by field path.
 */
function readFittedFile<T>(
  schema: z.ZodType<T, z.ZodTypeDef, unknown>,
  data: unknown,
  file: { source: string; kind: string; version: number; refit: string },
  FileError: new (message: string) => Error,
): T {
  if (typeof data === "object" && data !== null && "version" in data && data.version !== file.version) {
    throw new FileError(`${file.source}: ${file.kind} file version ${String(data.version)}; this build reads version ${file.version} (re-run ${file.refit})`);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join(".") || "(top level)"}: ${i.message}`);
    throw new FileError(`${file.source}: not a fitted ${file.kind} file: ${issues.join("; ")}`);
  }
  return parsed.data;
}

/**
 * Two-space JSON with short arrays of plain values on one line and long ones filled into lines of
 * about 100 characters (every fitted file's layout; the log-line stage's 100,000 words and their
 * weights would otherwise take a line each).
 */
export function formatModelJson(value: unknown): string {
  return format(value, "") + "\n";
}

const LINE = 100;

function format(value: unknown, indent: string): string {
  if (Array.isArray(value)) {
    const plain = value.every((v) => v === null || typeof v !== "object");
    const flat = JSON.stringify(value);
    if (flat.length <= LINE && plain) return flat;
    const inner = indent + "  ";
    if (plain) return `[\n${fill(value.map((v) => JSON.stringify(v)), inner)}\n${indent}]`;
    return `[\n${value.map((v) => inner + format(v, inner)).join(",\n")}\n${indent}]`;
  }
  if (value !== null && typeof value === "object") {
    const inner = indent + "  ";
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${format(v, inner)}`).join(",\n")}\n${indent}}`;
  }
  return JSON.stringify(value);
}

/** Items joined by ", " into lines of about LINE characters, each line indented. */
function fill(items: readonly string[], indent: string): string {
  const lines: string[] = [];
  let line = "";
  for (const item of items) {
    if (line !== "" && indent.length + line.length + item.length + 2 > LINE) {
      lines.push(indent + line + ",");
      line = "";
    }
    line += line === "" ? item : ", " + item;
  }
  if (line !== "") lines.push(indent + line);
  return lines.join("\n");
}
