/**
 * Fits the atom stage (app/analyzer/classify/atom-model.ts, decision 181) and writes it, with its
 * training files' checksums, settings, the cross-validated agreement and the attribution, to
 * app/analyzer/classify/fitted-atoms.json (schema: atom-model-file.ts).
 *
 * Trained on the GPTs-are-GPTs dev statements that O*NET links to work activities, each labelled
 * with its O*NET-derived atom (scripts/lib/onet-atom-map.ts). Each statement's features include
 * the atom the rules read and the class the classifier gives it, so run it after
 * `npm run fit:classifier` (a changed classifier changes them). Cross-validated with folds grouped
 * by normalized text, scored as the classifier uses it (the rules' atom kept where they decide).
 * Deterministic: the same files and classifier give the same file, byte for byte.
 *
 *   npm run fit:atoms [-- --dir REFERENCE_DIR] [--folds 10] [--check]
 */
import { basename } from "node:path";
import { parseArgs } from "node:util";
import { ATOM_FILE_FORMAT, ATOM_FILE_VERSION, serializeAtomFile, type AtomFile } from "../app/analyzer/classify/atom-model-file";
import { atomFeatures, compileAtomModel, fittedAtom, keepsRuleAtom } from "../app/analyzer/classify/atom-model";
import { CLASSIFIER_VERSION, classifyParsedWith } from "../app/analyzer/classify/index";
import { parseTasks } from "../app/analyzer/classify/parse";
import { ruleHits } from "../app/analyzer/classify/rubric-rules";
import { normalizeTaskText } from "../app/analyzer/normalize";
import { WORK_ATOMS, type Atom } from "../app/analyzer/taxonomy";
import { atomAgreement } from "./lib/atom-agreement";
import { linkedStatements } from "./lib/atom-eval";
import { ATOM_FIT_SETTINGS, fitAtoms, type AtomItem } from "./lib/atom-fit";
import { foldOf } from "./lib/binary-model";
import { REFERENCE_DIR, writeOrCheck } from "./lib/fitted-output";
import { fileSha256, runLabelledScript } from "./lib/read-labelled";

const OUTPUT = new URL("../app/analyzer/classify/fitted-atoms.json", import.meta.url);

const ATTRIBUTION = [
  "Atom weights fitted on O*NET task statements (as published in openai/GPTs-are-GPTs, MIT License, Copyright (c) 2024 OpenAI) and their detailed, intermediate and generalized work activities from the O*NET 18.1 database (U.S. Department of Labor, Employment and Training Administration, USDOL/ETA), CC BY 4.0, mapped to atoms by Orbital (scripts/lib/onet-atom-map.ts).",
  "Nothing here is derived from WORKBank (no licence: evaluation only).",
];

/** One labelled statement with what the classifier reads in it without the atom stage. */
interface Statement {
  item: AtomItem;
  any: ReadonlySet<Atom>;
  ruleAtom: Atom;
  keepsRule: boolean;
}

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      dir: { type: "string", default: REFERENCE_DIR },
      folds: { type: "string", default: "10" },
      check: { type: "boolean", default: false },
    },
  });
  const folds = Number(values.folds);
  if (positionals.length > 0 || !Number.isInteger(folds) || folds < 2) {
    process.stderr.write("usage: npm run fit:atoms [-- --dir REFERENCE_DIR] [--folds N≥2] [--check]\n");
    return 2;
  }
  const { file: gpts, activityFile, linked } = linkedStatements(values.dir!);
  const parsed = parseTasks(linked.map((l) => l.task));
  const statements: Statement[] = linked.map((l, i) => {
    const read = classifyParsedWith(parsed[i], null);
    return {
      item: { group: normalizeTaskText(l.task), features: atomFeatures(parsed[i], read.atom, read.class), atom: l.reference },
      any: l.any,
      ruleAtom: read.atom,
      keepsRule: keepsRuleAtom(parsed[i], ruleHits(parsed[i]), read.atom, read.class),
    };
  });

  // Held out: each fold's statements read by a stage fitted on the other folds.
  const fold = statements.map((s) => foldOf(s.item.group, folds));
  const predicted: Atom[] = new Array(statements.length);
  for (let k = 0; k < folds; k++) {
    const model = compileAtomModel(
      fitAtoms(
        statements.filter((_, i) => fold[i] !== k).map((s) => s.item),
        WORK_ATOMS,
      ),
    );
    statements.forEach((s, i) => {
      if (fold[i] === k) predicted[i] = s.keepsRule ? s.ruleAtom : fittedAtom(model, s.item.features);
    });
  }
  const rows = statements.map((s, i) => ({ reference: s.item.atom, any: s.any, predicted: predicted[i] }));
  const heldOut = atomAgreement(rows);
  const rules = atomAgreement(statements.map((s) => ({ reference: s.item.atom, any: s.any, predicted: s.ruleAtom })));

  const fitted = fitAtoms(
    statements.map((s) => s.item),
    WORK_ATOMS,
  );
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  const file: AtomFile = {
    format: ATOM_FILE_FORMAT,
    version: ATOM_FILE_VERSION,
    attribution: ATTRIBUTION,
    training: [
      { file: basename(gpts.path), sha256: gpts.sha256, rows: statements.length, use: "task statements that O*NET links to work activities" },
      {
        file: basename(activityFile),
        sha256: fileSha256(activityFile),
        rows: statements.length,
        use: "each statement's work activities, mapped to its primary atom (onet-atom-map.ts)",
      },
    ],
    classifierVersion: CLASSIFIER_VERSION,
    settings: { ...ATOM_FIT_SETTINGS },
    crossValidation: {
      folds,
      groupedBy: "normalized task text (the same text is never in train and test)",
      scoredOn: `${basename(gpts.path)}: statements with O*NET work activities, the classifier's atom (the rules' where they decide)`,
      tasks: heldOut.n,
      top1: round(heldOut.top1),
      any: round(heldOut.any),
      rulesTop1: round(rules.top1),
      perAtom: heldOut.perAtom.filter((p) => p.n > 0).map((p): [Atom, number, number] => [p.atom, p.n, round(p.top1)]),
    },
    atoms: fitted.atoms,
    bias: fitted.bias,
    weights: fitted.weights,
  };
  const text = serializeAtomFile(file);
  process.stdout.write(
    `atoms: ${statements.length} statements, ${fitted.weights.length} weighted features, rules' atom kept on ${statements.filter((s) => s.keepsRule).length}\n` +
      `  ${folds}-fold cross-validation grouped by normalized text: top-1 ${heldOut.top1.toFixed(3)}, any ${heldOut.any.toFixed(3)} (the rules alone: top-1 ${rules.top1.toFixed(3)})\n` +
      `  per atom (top-1, held out): ${file.crossValidation.perAtom.map(([a, n, t]) => `${a} ${t.toFixed(3)} (${n})`).join(", ")}\n`,
  );
  return writeOrCheck(OUTPUT, text, values.check!);
}

runLabelledScript(main);
