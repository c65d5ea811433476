/**
 * Links to the CSV exports (`/w/:workspace/export/<name>`), for any dashboard page. Pure,
 * shared by server and browser. Exports of dashboard figures carry the page's filter, so the
 * file holds what the page shows; the overrides history is the workspace's, whatever the filter.
 */
import { filterQuery } from "./filter";

export const CSV_EXPORTS = {
  "roles.csv": { label: "Roles", description: "each role's hours, shares and FTE by class, atomization and cost", filtered: true },
  "departments.csv": { label: "Departments", description: "hours and shares by class for the selection and each department", filtered: true },
  "tasks.csv": { label: "Tasks", description: "each role's tasks with class, atom, confidence, rationale and hours", filtered: true },
  "overrides.csv": { label: "Overrides", description: "every correction of the analyzer: who, when, old → new, why", filtered: false },
} as const;

export type CsvExportName = keyof typeof CSV_EXPORTS;

export const CSV_EXPORT_NAMES = Object.keys(CSV_EXPORTS) as CsvExportName[];

/** `/w/demo/export/roles.csv?department=Sales`: the export, with the filter of `search` when it applies. */
export function exportHref(slug: string, name: CsvExportName, search: URLSearchParams | string = ""): string {
  const query = CSV_EXPORTS[name].filtered ? filterQuery(search) : "";
  return `/w/${encodeURIComponent(slug)}/export/${name}${query}`;
}
