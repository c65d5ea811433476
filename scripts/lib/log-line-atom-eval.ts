/**
 * Atoms on log lines (fixtures/atoms/log-lines.csv): lines as people type them into time
 * trackers, each labelled with its atom by the rubric's atom table and a reason, by writers who
 * saw only that table. The dev part's misses were read for decisions 211 and 214; the held-out
 * part, by another writer, was scored before and after them, its misses not read; the third and
 * fourth writers' parts (`fresh`, `fresh2`, decision 214) were read clean, once by the classifier
 * before decision 214's change and once after it.
 * Reported per part, with each atom's share read right and the commonest confusions.
 */
import { fileURLToPath } from "node:url";
import { classifyParsed } from "../../app/analyzer/classify/index";
import { parseTasks } from "../../app/analyzer/classify/parse";
import { WORK_ATOMS, type Atom } from "../../app/analyzer/taxonomy";
import { ATOM_PARTS, readAtomLabelled, type AtomLabelled } from "./company-atom-eval";

export const LOG_LINE_ATOMS_FILE = fileURLToPath(new URL("../../fixtures/atoms/log-lines.csv", import.meta.url));
/** The atom fixtures' two parts, then two more writers' (decision 214). */
export const LOG_LINE_ATOM_PARTS = [...ATOM_PARTS, "fresh", "fresh2"] as const;

export type AtomLine = AtomLabelled<(typeof LOG_LINE_ATOM_PARTS)[number]>;

export function readAtomLines(path = LOG_LINE_ATOMS_FILE): AtomLine[] {
  return readAtomLabelled(path, LOG_LINE_ATOM_PARTS);
}

export interface LogLineAtomFigures {
  part: AtomLine["part"];
  n: number;
  right: number;
  /** Each labelled atom: lines, and lines read as it. */
  perAtom: { atom: Atom; n: number; right: number }[];
  /** Label → read, most frequent first. */
  confusions: { label: Atom; read: Atom; n: number }[];
  misses: { line: AtomLine; read: Atom }[];
}

export function evaluateLogLineAtoms(lines: readonly AtomLine[]): LogLineAtomFigures[] {
  const parsed = parseTasks(lines.map((l) => l.task));
  const read = lines.map((line, i) => ({ line, read: classifyParsed(parsed[i]).atom }));
  return LOG_LINE_ATOM_PARTS.map((part) => {
    const rows = read.filter((r) => r.line.part === part);
    const misses = rows.filter((r) => r.read !== r.line.atom);
    const confusions = new Map<string, { label: Atom; read: Atom; n: number }>();
    for (const m of misses) {
      const key = `${m.line.atom} ${m.read}`;
      const c = confusions.get(key) ?? { label: m.line.atom, read: m.read, n: 0 };
      c.n++;
      confusions.set(key, c);
    }
    return {
      part,
      n: rows.length,
      right: rows.length - misses.length,
      perAtom: WORK_ATOMS.map((atom) => {
        const labelled = rows.filter((r) => r.line.atom === atom);
        return { atom, n: labelled.length, right: labelled.filter((r) => r.read === atom).length };
      }).filter((a) => a.n > 0),
      confusions: [...confusions.values()].sort((a, b) => b.n - a.n || (a.label + a.read < b.label + b.read ? -1 : 1)),
      misses,
    };
  });
}

const PART_TITLES: Record<AtomLine["part"], string> = {
  dev: "dev part (one writer; its misses were read)",
  holdout: "held-out part (another writer; scored before and after decisions 211 and 214, misses not read but two decision 211 lost)",
  fresh: "third writer (functions named A to L; read clean by 1.12.28 at 0.503 and by 1.12.29 at 0.530, misses not read)",
  fresh2: "fourth writer (functions named M to Z; read clean by 1.12.28 at 0.450 and by 1.12.29 at 0.493, misses not read)",
};

export function formatLogLineAtoms(figures: readonly LogLineAtomFigures[]): string {
  const share = (k: number, n: number) => (n ? (k / n).toFixed(3) : "–");
  return figures
    .map((f) =>
      [
        `${PART_TITLES[f.part]}: ${f.n} lines, top-1 ${share(f.right, f.n)} (${f.right})`,
        `  per atom: ${f.perAtom.map((a) => `${a.atom} ${share(a.right, a.n)} (${a.n})`).join(", ")}`,
        `  commonest confusions (label -> read): ${f.confusions.slice(0, 6).map((c) => `${c.label} -> ${c.read} ${c.n}`).join(", ")}`,
      ].join("\n"),
    )
    .join("\n");
}
