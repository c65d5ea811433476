/**
 * `npm run fixtures`: writes the demo organization (fixtures/demo/jobs.csv and task_logs.csv).
 * `npm run fixtures -- --million [--out PATH]`: streams a 1,000,000-row task log for benchmarks.
 * Deterministic: the same command writes the same bytes. See docs/demo-data.md.
 */
import { statSync } from "node:fs";
import { relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { DEMO_DIR, MILLION_PATH, writeDemoFixtures, writeMillionTaskLog } from "./fixtures/files";

const HELP = `Usage: npm run fixtures -- [options]

Writes Orbital's demo organization, a fictional 1,200-person company, as CSV.

  (no options)        write fixtures/demo/jobs.csv and fixtures/demo/task_logs.csv
  --dir DIR           write the two demo files into DIR instead
  --million           write a 1,000,000-row task log for benchmarks
                      (default fixtures/generated/task_logs_1m.csv; not committed)
  --out PATH          where --million writes
  -h, --help          show this help

The same command always writes the same bytes. Import the task log after
fixtures/demo/jobs.csv: its role column holds the demo's role ids.
`;

const show = (path: string) => relative(process.cwd(), path) || path;
function size(path: string): string {
  const bytes = statSync(path).size;
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.round(bytes / 1e3)} kB`;
}

async function run(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        million: { type: "boolean", default: false },
        out: { type: "string" },
        dir: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    process.stderr.write(`fixtures: ${error instanceof Error ? error.message : String(error)}\n(run with --help for usage)\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (values.out && !values.million) {
    process.stderr.write("fixtures: --out goes with --million (use --dir for the demo files)\n");
    return 2;
  }
  if (values.dir && values.million) {
    process.stderr.write("fixtures: --dir is for the demo files; use --out with --million\n");
    return 2;
  }

  const started = performance.now();
  if (values.million) {
    const path = resolve(values.out ?? MILLION_PATH);
    const rows = await writeMillionTaskLog(path);
    const seconds = (performance.now() - started) / 1000;
    const peak = (process.resourceUsage().maxRSS / 1024).toFixed(0);
    process.stdout.write(
      `wrote ${show(path)}: ${rows.toLocaleString("en-US")} rows, ${size(path)} in ${seconds.toFixed(1)} s ` +
        `(${Math.round(rows / seconds).toLocaleString("en-US")} rows/s, peak RSS ${peak} MB)\n`,
    );
    return 0;
  }
  const summary = await writeDemoFixtures(resolve(values.dir ?? DEMO_DIR));
  process.stdout.write(
    `wrote ${show(summary.jobsPath)}: ${summary.roles} roles (${size(summary.jobsPath)})\n` +
      `wrote ${show(summary.taskLogsPath)}: ${summary.taskLogRows.toLocaleString("en-US")} rows (${size(summary.taskLogsPath)})\n`,
  );
  return 0;
}

try {
  process.exitCode = await run(process.argv.slice(2));
} catch (error) {
  // A full disk or an unwritable path: say what happened without a stack trace.
  process.stderr.write(`fixtures: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
