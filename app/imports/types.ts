/** The results of previewing and importing a file, shared by the CLI, the server and the page. */
import type { FileFacts, ImportIssue } from "../../importers";

export type ImportKind = "jobs" | "logs" | "roster" | "survey";

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
      /**
       * The data landed but another writer kept the database busy past the wait: the figures
       * are finished by the next process that opens the database (decision 110).
       */
      analysisPending?: boolean;
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

export interface RosterPreviewRow {
  line: number;
  /** A short prefix of the person's pseudonym: never a name or an e-mail. */
  person: string;
  role: string;
  /** Which identifiers the row carries ("employee id, e-mail"), not their values. */
  identifiers: string;
}

export interface FilePreview {
  kind: ImportKind;
  fileName: string;
  checksum: string;
  facts: FileFacts;
  rowsRead: number;
  rows: JobPreviewRow[] | LogPreviewRow[] | RosterPreviewRow[];
  /** What the check learned besides the facts (date order, rows skipped, fallbacks). */
  notes: string[];
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
