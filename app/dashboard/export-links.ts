/**
 * Links to the CSV exports (`/w/:workspace/export/<name>`), for any dashboard page. Pure,
 * shared by server and browser. Exports of dashboard figures carry the page's filter, so the
 * file holds what the page shows; the overrides history is the workspace's, whatever the filter.
 */
import { filterQuery } from "./filter";
import { SCENARIO_KEYS } from "./scenario-params";

export const CSV_EXPORTS = {
  "roles.csv": { label: "Roles", description: "each role's hours, shares and FTE by class, atomization and cost", filtered: true },
  "departments.csv": { label: "Departments", description: "hours and shares by class for the selection and each department", filtered: true },
  "tasks.csv": { label: "Tasks", description: "each role's tasks with class, atom, confidence, rationale and hours", filtered: true },
  "overrides.csv": { label: "Overrides", description: "every correction of the analyzer: who, when, old → new, why", filtered: false },
  // The Redesign page's ranked table in full (the page shows it a page at a time), for its scenario.
  "redesign.csv": { label: "Redesign", description: "every role ranked by the hours that change, for this scenario", filtered: true, scenario: true },
} as const;

export type CsvExportName = keyof typeof CSV_EXPORTS;

export const CSV_EXPORT_NAMES = Object.keys(CSV_EXPORTS) as CsvExportName[];

/** `/w/demo/export/roles.csv?department=Sales`: the export, with the filter of `search` when it applies. */
export function exportHref(slug: string, name: CsvExportName, search: URLSearchParams | string = ""): string {
  const spec: { filtered: boolean; scenario?: boolean } = CSV_EXPORTS[name];
  let query = spec.filtered ? filterQuery(search) : "";
  if (spec.scenario) {
    const params = new URLSearchParams(query);
    for (const key of SCENARIO_KEYS) for (const value of new URLSearchParams(search).getAll(key)) params.append(key, value);
    query = params.size ? `?${params}` : "";
  }
  return `/w/${encodeURIComponent(slug)}/export/${name}${query}`;
}
