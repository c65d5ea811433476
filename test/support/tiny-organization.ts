/**
 * A tiny organization whose figures are computed by hand below. Hours are annualized:
 * headcount × 1,760 h × share of the role's time.
 *
 * Analyst (Finance, level 1, 4 FTE, 60,000, London): logs from 3 employees, 400 min
 *   compile 180 (e1 120, e2 60) = 45 %, analyze 120 (e1 60, e3 60) = 30 %, present 100 (e2) = 25 %
 *   7,040 h → A 3,168  D 2,112  S 1,760. "Reconcile accounts" is a statement nobody logged: 0 h.
 * Finance Manager (Finance, level 4, 1 FTE, 120,000, London): statements only, ½ each
 *   1,760 h → D 880 (review forecasts)  S 880 (approve budgets)
 * Clerk (Operations, level 0, 10 FTE, 40,000, Leeds): 5 statements, ⅕ each
 *   17,600 h → A 10,560 (invoices, compile, schedule)  D 3,520 (letters)  S 3,520 (supplier calls)
 * Operations Director (Operations, level 5, 3 FTE, no cost, Leeds): 4 statements, ¼ each
 *   5,280 h → A 1,320 (compile)  D 1,320 (analyze)  S 2,640 (lead, approve)
 * Planner (Operations, level 2, 2 FTE): no tasks at all.
 *
 * Organization: 31,680 h → A 15,048 (47.5 %)  D 7,832  S 8,800.
 * Judgment share before → after AI: level 0 0.2 → 0.5; level 1 0.25 → 1,760/3,872; level 4 0.5 → 0.5;
 * level 5 0.5 → 2/3. Compression index: 1 − (2/3 − 1/2) / (0.5 − 0.2) = 4/9.
 */
import { analyzeWorkspace } from "../../db/pipeline";
import type { Connection } from "../../db/connection";
import { seedOrganization, type SeededOrganization, type SeedRole } from "./seed-organization";
import { tableClassifier, type TableEntry } from "./table-classifier";

export const TINY_TABLE: Record<string, TableEntry> = {
  "Compile weekly report": ["automatable", "organize", 0.9],
  "Analyze variance": ["democratized", "analyze", 0.6],
  "Present to CFO": ["specialized", "relate", 0.5],
  "Reconcile accounts": ["automatable", "organize", 0.95],
  "Approve budgets": ["specialized", "support_decision", 0.7],
  "Review forecasts": ["democratized", "counterargue", 0.4],
  "Enter invoices": ["automatable", "organize", 0.8],
  "Schedule deliveries": ["automatable", "coordinate", 0.75],
  "Handle supplier calls": ["specialized", "relate", 0.9],
  "Draft supplier letters": ["democratized", "draft", 0.55],
  "Lead the operations team": ["specialized", "lead_people", 0.95],
};

export const TINY_ROLES: SeedRole[] = [
  {
    key: "analyst",
    title: "Analyst",
    department: "Finance",
    level: 1,
    headcount: 4,
    annualCost: 60_000,
    location: "London",
    statements: ["Compile weekly report", "Reconcile accounts"],
    logs: [
      { employee: "e1", text: "Compile weekly report", minutes: 120 },
      { employee: "e2", text: "compile weekly report.", minutes: 60 },
      { employee: "e1", text: "Analyze variance", minutes: 60 },
      { employee: "e3", text: "Analyze variance", minutes: 60 },
      { employee: "e2", text: "Present to CFO", minutes: 100 },
    ],
  },
  {
    key: "manager",
    title: "Finance Manager",
    department: "Finance",
    level: 4,
    headcount: 1,
    annualCost: 120_000,
    location: "London",
    statements: ["Approve budgets", "Review forecasts"],
  },
  {
    key: "clerk",
    title: "Clerk",
    department: "Operations",
    level: 0,
    headcount: 10,
    annualCost: 40_000,
    location: "Leeds",
    statements: ["Enter invoices", "Compile weekly report", "Schedule deliveries", "Handle supplier calls", "Draft supplier letters"],
  },
  {
    key: "director",
    title: "Operations Director",
    department: "Operations",
    level: 5,
    headcount: 3,
    annualCost: null,
    location: "Leeds",
    statements: ["Lead the operations team", "Analyze variance", "Compile weekly report", "Approve budgets"],
  },
  { key: "planner", title: "Planner", department: "Operations", level: 2, headcount: 2, annualCost: 50_000, location: "Leeds" },
];

/** The tiny organization, seeded into `conn` and analysed with the table classifier. */
export function analyzedTinyOrganization(conn: Connection, kThreshold = 3): SeededOrganization {
  const org = seedOrganization(conn, { roles: TINY_ROLES, kThreshold });
  analyzeWorkspace(conn, org.workspaceId, tableClassifier(TINY_TABLE).classify, { classifierVersion: "test" });
  return org;
}
