/** The report's stylesheets read from the source tree: the CLI runs under tsx, where Vite's `?raw` does not exist. */
import { readFileSync } from "node:fs";

const read = (path: string) => readFileSync(new URL(path, import.meta.url), "utf8");

export function reportStylesheets(): string[] {
  return [read("../../app/styles/app.css"), read("../../app/charts/charts.css"), read("../../app/report/report.css")];
}
