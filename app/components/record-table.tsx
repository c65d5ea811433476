/**
 * A plain table of records (audit events, override history, past imports, import problems,
 * accounts): one column per field, headers with `scope`, numbers right-aligned, every cell
 * rendered by React as text. A table that needs more (sorting, bars) is written for its page.
 */
import type { ReactNode } from "react";

export interface RecordColumn<Row> {
  header: string;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
  cell: (row: Row) => ReactNode;
}

export function RecordTable<Row>({
  rows,
  rowKey,
  columns,
  caption,
  hideCaption = false,
  label,
  className,
}: {
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => string | number;
  columns: readonly RecordColumn<Row>[];
  /** The table's name; `label` instead names it without a caption. */
  caption?: ReactNode;
  /** The caption is for screen readers only (the section heading says it for sighted readers). */
  hideCaption?: boolean;
  label?: string;
  className?: string;
}) {
  return (
    <table className={className} aria-label={label}>
      {caption ? <caption className={hideCaption ? "visually-hidden" : undefined}>{caption}</caption> : null}
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.header} scope="col" className={c.numeric ? "num" : undefined}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={rowKey(row, i)}>
            {columns.map((c) => (
              <td key={c.header} className={c.numeric ? "num" : undefined}>
                {c.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** An ISO timestamp as the tables show it: "2026-11-25 14:03:07" (UTC). */
export function formatUtc(iso: string): string {
  return iso.slice(0, 19).replace("T", " ");
}
