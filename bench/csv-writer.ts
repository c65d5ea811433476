/**
 * Why the CSV writer is hand-written (docs/decisions/091-dependencies-that-earn-their-place.md):
 * prints what papaparse's `unparse` with `escapeFormulae: true` writes next to ours for the
 * cells that matter, and the time of each for the same rows, as a ratio to ours in this run.
 *
 *   npx tsx bench/csv-writer.ts
 */
import Papa from "papaparse";
import { csvLine } from "../app/csv/write-csv";
const cells = ["=1+1", "=HYPERLINK(\"http://x\")\nnext", " padded", "plain", "-3", "a,b"];
for (const c of cells) console.log(JSON.stringify(c), "papa:", JSON.stringify(Papa.unparse([[c]], { escapeFormulae: true })), "ours:", JSON.stringify(csvLine([c])));
console.log("NaN papa:", JSON.stringify(Papa.unparse([[NaN, -3, null]], { escapeFormulae: true })), "ours:", JSON.stringify(csvLine([NaN, -3, null])));
const row = ["Finance", "Senior Analyst", 3, "Reconcile the ledger, weekly", 12.5, "=bad", null, "London"];
const N = 200_000;
for (let round = 0; round < 2; round++) {
  let t = performance.now(); let n = 0;
  for (let i = 0; i < N; i++) n += csvLine(row).length;
  const ours = performance.now() - t;
  t = performance.now();
  for (let i = 0; i < N; i++) n += Papa.unparse([row], { escapeFormulae: true, newline: "\r\n" }).length;
  const papaRow = performance.now() - t;
  const rows = Array.from({ length: N }, () => row);
  t = performance.now();
  n += Papa.unparse(rows, { escapeFormulae: true, newline: "\r\n" }).length;
  const papaBulk = performance.now() - t;
  console.log(`round ${round}: ${N} rows: ours ${ours.toFixed(0)} ms; papa per line ${papaRow.toFixed(0)} ms (${(papaRow/ours).toFixed(2)}x); papa whole ${papaBulk.toFixed(0)} ms (${(papaBulk/ours).toFixed(2)}x)`, n > 0);
}
