/** A chart's numbers as a table, behind a "Show numbers" disclosure (the chart itself is hidden from screen readers). */
export function ChartTable({
  caption,
  rowKey,
  rowLabel,
  columns,
  columnLabels = {},
  rows,
}: {
  caption: string;
  rowKey: string;
  rowLabel: string;
  columns: readonly string[];
  columnLabels?: Record<string, string>;
  rows: readonly object[];
}) {
  return (
    <details className="chart-table">
      <summary>Show numbers</summary>
      <table className="table">
        <caption className="table__caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{rowLabel}</th>
            {columns.map((column) => (
              <th key={column} scope="col">
                {columnLabels[column] ?? column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const cells = row as Record<string, string | number>;
            return (
              <tr key={String(cells[rowKey])}>
                <th scope="row">{cells[rowKey]}</th>
                {columns.map((column) => (
                  <td key={column}>{cells[column] ?? 0}</td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </details>
  );
}
