/**
 * Cells of an Orbital workspace backup (`orbital workspace export`), read back by
 * `orbital workspace import` through the normal importers.
 *
 * Backups are CSV written through the formula-injection guard (app/csv/write-csv.ts), which
 * prefixes a quote to a cell starting with = + - @ tab or CR. On its own that is not
 * reversible: "'=x" could be a guarded "=x" or a title that really starts with a quote. So
 * the backup writer also prefixes a quote to any cell that already starts with one, and the
 * reader strips exactly one leading quote: every text comes back as it was
 * (docs/decisions/081-workspace-backup-format.md).
 */
import { issue } from "./issues";
import type { TableSpec } from "./table";

/** Before the CSV writer's guard: a text that starts with a quote gets one more. */
export function escapeBackupCell(text: string): string {
  return text.startsWith("'") ? `'${text}` : text;
}

/** Reading a backup cell: one leading quote (the guard's or the escape's) goes. */
export function unescapeBackupCell(cell: string): string {
  return cell.startsWith("'") ? cell.slice(1) : cell;
}

/** What `orbital workspace export` writes in employee_id: HMAC-SHA256 pseudonyms, hex. */
export const PSEUDONYM_PATTERN = /^[0-9a-f]{64}$/;

/**
 * The table spec for a backup file: cells unescaped before the usual validation. With
 * `pseudonymColumn`, that column must hold pseudonyms as a backup writes them, so raw
 * identifiers can never be stored unhashed by passing an ordinary file off as a backup.
 */
export function backupTable<Key extends string, Row>(spec: TableSpec<Key, Row>, options: { pseudonymColumn?: Key } = {}): TableSpec<Key, Row> {
  return {
    ...spec,
    createValidator(match) {
      const validate = spec.createValidator(match);
      const pseudonymIndex = options.pseudonymColumn === undefined ? undefined : match.index[options.pseudonymColumn];
      return (cells, line) => {
        const unescaped = cells.map(unescapeBackupCell);
        if (pseudonymIndex !== undefined) {
          const value = (unescaped[pseudonymIndex] ?? "").trim();
          if (!PSEUDONYM_PATTERN.test(value)) {
            const column = match.written[options.pseudonymColumn!] ?? String(options.pseudonymColumn);
            // The cell is not echoed: if it is not a pseudonym it may be a raw employee id.
            return { issues: [issue(line, column, "a pseudonymized employee id (64 hex digits, as `orbital workspace export` writes it)", "(not shown)")] };
          }
        }
        return validate(unescaped, line);
      };
    },
  };
}
