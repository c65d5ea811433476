/**
 * Atom agreement against the O*NET-derived atom (onet-atom-map.ts): top-1 (the classifier's atom
 * is the task's primary O*NET atom) and "any" (it is the atom of any of the task's activities),
 * overall and per atom, plus the confusion of the largest atoms. Pure: rows in, figures out.
 */
import { ATOMS, type Atom } from "../../app/analyzer/taxonomy";

export interface AtomRow {
  /** The task's primary O*NET atom. */
  reference: Atom;
  /** Every atom its activities name. */
  any: ReadonlySet<Atom>;
  predicted: Atom;
}

export interface PerAtom {
  atom: Atom;
  /** Tasks whose primary O*NET atom is this one. */
  n: number;
  /** Share of them the classifier gives this atom (recall). */
  top1: number;
  /** Share of them whose predicted atom is any of their activities' atoms. */
  any: number;
  /** Tasks the classifier gives this atom, and the share of those it got right (precision). */
  predicted: number;
  precision: number;
}

export interface AtomAgreement {
  n: number;
  top1: number;
  any: number;
  perAtom: PerAtom[];
  /** The largest reference atoms (rows) against what the classifier said (columns, same atoms + "other"). */
  confusion: { atoms: Atom[]; matrix: number[][] };
}

export function atomAgreement(rows: readonly AtomRow[], largest = 6): AtomAgreement {
  const per = new Map<Atom, { n: number; top1: number; any: number; predicted: number; right: number }>();
  for (const atom of ATOMS) per.set(atom, { n: 0, top1: 0, any: 0, predicted: 0, right: 0 });
  let top1 = 0;
  let any = 0;
  for (const r of rows) {
    const ref = per.get(r.reference)!;
    const pred = per.get(r.predicted)!;
    const hit = r.predicted === r.reference;
    const anyHit = r.any.has(r.predicted);
    ref.n++;
    pred.predicted++;
    if (hit) {
      top1++;
      ref.top1++;
      pred.right++;
    }
    if (anyHit) {
      any++;
      ref.any++;
    }
  }
  const perAtom: PerAtom[] = [...per.entries()]
    .filter(([, s]) => s.n > 0 || s.predicted > 0)
    .map(([atom, s]) => ({
      atom,
      n: s.n,
      top1: s.n ? s.top1 / s.n : 0,
      any: s.n ? s.any / s.n : 0,
      predicted: s.predicted,
      precision: s.predicted ? s.right / s.predicted : 0,
    }))
    .sort((a, b) => b.n - a.n || (a.atom < b.atom ? -1 : 1));
  const atoms = perAtom.slice(0, largest).map((p) => p.atom);
  const matrix = atoms.map(() => new Array<number>(atoms.length + 1).fill(0));
  for (const r of rows) {
    const i = atoms.indexOf(r.reference);
    if (i < 0) continue;
    const j = atoms.indexOf(r.predicted);
    matrix[i][j < 0 ? atoms.length : j]++;
  }
  const n = rows.length;
  return { n, top1: n ? top1 / n : 0, any: n ? any / n : 0, perAtom, confusion: { atoms, matrix } };
}

export function formatAtomAgreement(a: AtomAgreement): string {
  const f = (x: number) => x.toFixed(3);
  const lines = [
    `tasks ${a.n}   top-1 agreement ${f(a.top1)} (${Math.round(a.top1 * a.n)} of ${a.n})   any-activity agreement ${f(a.any)} (${Math.round(a.any * a.n)})`,
    "per O*NET atom (n: tasks whose primary O*NET atom it is; precision: of the tasks the classifier gave it):",
    `${"atom".padEnd(18)}${"n".padStart(6)}${"top-1".padStart(8)}${"any".padStart(8)}${"given".padStart(8)}${"precision".padStart(11)}`,
    ...a.perAtom.map(
      (p) => `${p.atom.padEnd(18)}${String(p.n).padStart(6)}${f(p.top1).padStart(8)}${f(p.any).padStart(8)}${String(p.predicted).padStart(8)}${f(p.precision).padStart(11)}`,
    ),
    `confusion of the ${a.confusion.atoms.length} largest atoms (rows: O*NET atom, columns: classifier):`,
  ];
  const w = Math.max(...a.confusion.atoms.map((x) => x.length), 6) + 2;
  lines.push("".padStart(18) + [...a.confusion.atoms, "other"].map((x) => x.padStart(w)).join(""));
  a.confusion.atoms.forEach((atom, i) => lines.push(atom.padEnd(18) + a.confusion.matrix[i].map((v) => String(v).padStart(w)).join("")));
  return lines.join("\n");
}
