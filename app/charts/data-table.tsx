/**
 * The screen-reader version of a chart: a visually hidden <table> built from the same data
 * as the marks, with a caption and scoped headers. The first column is the row header.
 */
export interface DataTableColumn {
  label: string;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
}

export interface DataTableRow {
  key: string;
  cells: readonly string[];
}

/** A table's header row: one scoped column header per column, numeric ones right-aligned. */
export function ColumnHeads({ columns }: { columns: readonly DataTableColumn[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column) => (
          <th key={column.label} scope="col" className={column.numeric ? "num" : undefined}>
            {column.label}
          </th>
        ))}
      </tr>
    </thead>
  );
}

export interface ChartDataTableProps {
  caption: string;
  columns: readonly DataTableColumn[];
  rows: readonly DataTableRow[];
}

export function ChartDataTable({
  caption,
  columns,
  rows,
}: ChartDataTableProps) {
  return (
    // The wrapper, not the table, is what gets hidden: a table grows to its content whatever its
    // width, and an absolutely placed wide table still widens the page's scrollable area.
    <div className="visually-hidden orbital-chart-table">
      <table>
        <caption>{caption}</caption>
        <ColumnHeads columns={columns} />
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              {row.cells.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td
                    key={i}
                    className={columns[i]?.numeric ? "num" : undefined}
                  >
                    {cell}
                  </td>
                )
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
