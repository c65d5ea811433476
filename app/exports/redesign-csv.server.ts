/**
 * redesign.csv: the Redesign page's ranked roles table in full, for the scenario and filter in
 * the URL. The page lists one page of the ranking at a time (decision 154); the file has every
 * role, from the same query, so its first rows are the page's first page. Figures below the
 * k-threshold read "fewer than k people", as on the page.
 */
import { getRedesignScenario, type DashboardFilter } from "../../db/queries/dashboard";
import { roleKeysById } from "../../db/queries/role-keys";
import { LEVEL_LABELS } from "../../importers/levels";
import type { UrlScenario } from "../dashboard/scenario-params";
import type { Db } from "../../db/connection";
import type { CsvValue } from "../csv/write-csv";
import { guardedCells, round, type CsvTable } from "./csv-table";

export function redesignCsv(db: Db, workspaceId: number, filter: DashboardFilter, k: number, scenario: UrlScenario): CsvTable {
  const view = getRedesignScenario(db, workspaceId, filter, scenario.params);
  const keys = roleKeysById(db, workspaceId);
  const timeHeader = ["hours_freed", "fte_freed", "hours_that_could_move", "judgment_hours_to_grow", "automatable_share", "specialized_share"];
  const costHeader = ["cost_freed", "receiving_level", "cost_gap_per_fte", "cost_shift"];
  return {
    header: ["rank", "role_id", "title", "department", "level", "headcount", "adoption_percent", "elasticity", ...timeHeader, ...costHeader],
    rows: view.roles.map((r, i): CsvValue[] => [
      r.time.suppressed ? null : i + 1,
      keys.get(r.roleId) ?? null,
      r.title,
      r.department,
      LEVEL_LABELS[r.level] ?? r.level,
      r.headcount,
      scenario.adoptionPercent,
      scenario.elasticity,
      ...guardedCells(r.time, timeHeader.length, k, (t) => [
        round(t.freedHours, 1),
        round(t.freedFte, 2),
        round(t.movableHours, 1),
        round(t.specializedHours, 1),
        t.classShares ? round(t.classShares.automatable, 4) : null,
        t.classShares ? round(t.classShares.specialized, 4) : null,
      ]),
      ...guardedCells(r.cost, costHeader.length, k, (c) => [
        round(c.costFreed, 0),
        c.receivingLevel === null ? null : (LEVEL_LABELS[c.receivingLevel] ?? c.receivingLevel),
        round(c.costGapPerFte, 0),
        round(c.costShift, 0),
      ]),
    ]),
  };
}
