/** How every command lists a rejected file's problems on stderr: at most 50, then a count. */
import { formatIssue, type ImportIssue } from "../importers";

export const MAX_LISTED_PROBLEMS = 50;

export function listProblems(file: string, issues: readonly ImportIssue[], issueCount: number): string[] {
  const lines = issues.slice(0, MAX_LISTED_PROBLEMS).map((problem) => formatIssue(file, problem));
  const more = issueCount - lines.length;
  if (more > 0) lines.push(`… and ${more} more problem${more === 1 ? "" : "s"}`);
  return lines;
}
