/**
 * Atoms on company wording (fixtures/atoms/company-statements.csv): job-description statements
 * written for Orbital across functions, each labelled with its atom by the rubric's atom table
 * (docs/rubric.md) and a reason, to check that an atom reading fitted on O*NET wording holds on
 * the way companies write (decision 181). A held-out third (by a hash of the text) was scored
 * once and its misses not read; both parts are reported apart, the rules' atom beside the
 * shipped one.
 */
import { fileURLToPath } from "node:url";
import { classifyParsed, classifyParsedWith } from "../../app/analyzer/classify/index";
import { parseTasks } from "../../app/analyzer/classify/parse";
import { WORK_ATOMS, type Atom } from "../../app/analyzer/taxonomy";
import { readReasonedFile } from "./read-labelled";

export const COMPANY_ATOMS_FILE = fileURLToPath(new URL("../../fixtures/atoms/company-statements.csv", import.meta.url));
/** The atom fixtures' parts: read for rules, and held out. */
export const ATOM_PARTS = ["dev", "holdout"] as const;
type Part = (typeof ATOM_PARTS)[number];

/** A text labelled with its atom, a part (dev, held out …), its function and a reason (the atom fixtures' shape). */
export interface AtomLabelled<P extends string = Part> {
  task: string;
  atom: Atom;
  part: P;
  function: string;
  reason: string;
}
export type CompanyStatement = AtomLabelled;

/** An atom fixture (fixtures/atoms/*.csv), every row checked: file, line and column on a bad one. */
export function readAtomLabelled<P extends string>(path: string, parts: readonly P[]): AtomLabelled<P>[] {
  return readReasonedFile(path, "atom", WORK_ATOMS, parts).map(({ label, ...rest }) => ({ ...rest, atom: label }));
}

export function readCompanyStatements(path = COMPANY_ATOMS_FILE): CompanyStatement[] {
  return readAtomLabelled(path, ATOM_PARTS);
}

export interface CompanyAtomFigures {
  part: Part;
  n: number;
  /** Statements whose atom the rules alone (classifier without the atom stage) read as labelled. */
  rules: number;
  /** The same for the shipped classifier. */
  shipped: number;
  misses: { statement: CompanyStatement; rules: Atom; shipped: Atom }[];
}

export function evaluateCompanyAtoms(statements: readonly CompanyStatement[]): CompanyAtomFigures[] {
  const parsed = parseTasks(statements.map((s) => s.task));
  const read = statements.map((s, i) => ({ statement: s, rules: classifyParsedWith(parsed[i], null).atom, shipped: classifyParsed(parsed[i]).atom }));
  return ATOM_PARTS.map((part) => {
    const rows = read.filter((r) => r.statement.part === part);
    return {
      part,
      n: rows.length,
      rules: rows.filter((r) => r.rules === r.statement.atom).length,
      shipped: rows.filter((r) => r.shipped === r.statement.atom).length,
      misses: rows.filter((r) => r.shipped !== r.statement.atom),
    };
  });
}

export function formatCompanyAtoms(figures: readonly CompanyAtomFigures[]): string {
  const share = (k: number, n: number) => (n ? (k / n).toFixed(3) : "–");
  return figures
    .map((f) => `${f.part === "dev" ? "dev part (its misses were read)" : "held-out part (scored, misses not read)"}: ${f.n} statements, the classifier ${share(f.shipped, f.n)} (${f.shipped}), the rules alone ${share(f.rules, f.n)} (${f.rules})`)
    .join("\n");
}
