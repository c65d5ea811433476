/**
 * `npm run fixtures`: writes the demo organization (fixtures/demo/jobs.csv and task_logs.csv).
 * `npm run fixtures -- --million [--out PATH]`: streams a 1,000,000-row task log for benchmarks.
 * Deterministic: the same command writes the same bytes. See docs/demo-data.md.
 */
import { runFixturesCli } from "./fixtures/cli";

process.exitCode = await runFixturesCli(process.argv.slice(2));
