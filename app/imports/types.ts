/** The results of previewing and importing a file, shared by the CLI, the server and the page. */
import type { FileFacts, ImportIssue } from "../../importers";

export type ImportKind = "jobs" | "logs" | "survey";

export interface ImportSummary {
  id: number;
  kind: ImportKind;
  fileName: string;
  checksum: string;
  encoding: string;
  delimiter: string;
  status: "imported" | "replaced";
  rowsRead: number;
  rowsImported: number;
  notes: string[];
  actor: string;
  startedAt: string;
  finishedAt: string;
}

export type ImportOutcome =
  | {
      status: "imported";
      import: ImportSummary;
      facts: FileFacts;
      /** Earlier imports this one superseded (`replace`). */
      replaced: number[];
      durationMs: number;
    }
  | { status: "duplicate"; existing: ImportSummary; checksum: string }
  | {
      status: "rejected";
      fileName: string;
      checksum: string;
      facts: FileFacts;
      rowsRead: number;
      /** The first problems, in file order (at most `maxIssues`). */
      issues: ImportIssue[];
      issueCount: number;
    };

export interface JobPreviewRow {
  line: number;
  roleKey: string;
  title: string;
  department: string;
  level: string;
  levelWritten: string;
  headcount: number;
  annualCost: number | null;
  statements: string[];
}

export interface LogPreviewRow {
  line: number;
  employee: string;
  role: string;
  date: string;
  task: string;
  minutes: number;
  tool: string | null;
  outcome: string | null;
}

export interface FilePreview {
  kind: ImportKind;
  fileName: string;
  checksum: string;
  facts: FileFacts;
  rowsRead: number;
  rows: JobPreviewRow[] | LogPreviewRow[];
  /**
   * A survey file's preview is counts only: individual answers are never shown, not even to
   * the person importing them (docs/decisions/151).
   */
  survey?: { respondents: number; duplicates: number; roles: number };
  issues: ImportIssue[];
  issueCount: number;
  /** The live import of these same bytes, when there is one. */
  duplicateOf: ImportSummary | null;
}
