/**
 * The fitted atom stage as a data file (fitted-atoms.json, written by scripts/fit-atoms.ts): its
 * schema, the loader that checks a file against it, and the serializer. A file of its own beside
 * fitted-model.json because it is fitted on the classifier's output (the rules' atom and the
 * class), after that model (docs/decisions/181-fitted-atom-stage.md).
 */
import { z } from "zod";
import { ATOMS } from "../taxonomy";
import { fittedFileIO, sortedPairsProblem, TrainingFileSchema } from "./model-file";

export const ATOM_FILE_FORMAT = "orbital-fitted-atoms";
export const ATOM_FILE_VERSION = 1;

const FEATURE = /^(?:[rcwvo]|v0|vo|p):\S+$/;
const FiniteSchema = z.number().finite();
const AtomSchema = z.enum(ATOMS);

/** Held-out agreement with the O*NET-derived atom: [atom, tasks, top-1 share] per atom. */
const AgreementSchema = z.object({
  folds: z.number().int().min(2),
  groupedBy: z.string().min(1),
  scoredOn: z.string().min(1),
  tasks: z.number().int().nonnegative(),
  top1: FiniteSchema,
  any: FiniteSchema,
  /** The rules alone on the same tasks (fitted on nothing, so not held out). */
  rulesTop1: FiniteSchema,
  perAtom: z.array(z.tuple([AtomSchema, z.number().int().nonnegative(), FiniteSchema])),
});

export const AtomFileSchema = z
  .object({
    format: z.literal(ATOM_FILE_FORMAT),
    version: z.literal(ATOM_FILE_VERSION),
    attribution: z.array(z.string().min(1)).min(1),
    training: z.array(TrainingFileSchema).min(1),
    /** The classifier version whose rules' atoms and classes the stage was fitted on. */
    classifierVersion: z.string().min(1),
    settings: z.record(FiniteSchema),
    crossValidation: AgreementSchema,
    atoms: z.array(AtomSchema).min(2),
    bias: z.array(FiniteSchema),
    /** [feature, one weight per atom], sorted by feature; checked by one loop below (Zod per tuple is slow at start-up). */
    weights: z.unknown().transform((value) => value as [string, number[]][]),
  })
  .superRefine((file, ctx) => {
    const k = file.atoms.length;
    if (new Set(file.atoms).size !== k) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["atoms"], message: "atoms must be unique" });
    if (file.bias.length !== k) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["bias"], message: `expected ${k} numbers, one per atom` });
    const perAtom = (w: unknown) =>
      Array.isArray(w) && w.length === k && w.every((x) => typeof x === "number" && Number.isFinite(x)) ? null : `expected ${k} finite numbers, one per atom`;
    const problem = sortedPairsProblem(file.weights, { pattern: FEATURE, examples: "'v:compile' or 'vo:take|history'" }, perAtom);
    if (problem) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["weights", ...problem.path], message: problem.message });
  });
export type AtomFile = z.infer<typeof AtomFileSchema>;

export class AtomFileError extends Error {}

const io = fittedFileIO(
  AtomFileSchema,
  { source: "fitted-atoms.json", kind: "atom", version: ATOM_FILE_VERSION, refit: "npm run fit:atoms", writing: "atom model to write" },
  AtomFileError,
);
/** Checks parsed JSON against the schema; throws an AtomFileError naming the first bad fields. */
export const readAtomFile = io.read;
export const serializeAtomFile = io.serialize;
