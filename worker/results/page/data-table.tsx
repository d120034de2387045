/** @jsxImportSource hono/jsx */
// The text alternative of a chart: its figures as a real table, folded away under a disclosure.

export type Cell = string | number;

export type TableSpec = {
  id: string;
  caption: string;
  head: string[];
  /** The first cell of each row is its header. */
  rows: Cell[][];
  /** Columns (by index) holding numbers: right-aligned with tabular figures. */
  numeric: number[];
};

export function DataTable({ table, summary }: { table: TableSpec; summary: string }) {
  const cls = (i: number) => (table.numeric.includes(i) ? 'num' : undefined);
  return (
    <details>
      <summary>
        {summary}
        {/* Twenty identical "Show the figures" buttons would be useless in a screen reader's list of controls. */}
        <span class="visually-hidden">: {table.caption}</span>
      </summary>
      <div class="table-wrap">
        <table id={table.id}>
          <caption>{table.caption}</caption>
          <thead>
            <tr>
              {table.head.map((h, i) => (
                <th scope="col" class={cls(i)}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr>{row.map((cell, i) => (i === 0 ? <th scope="row">{cell}</th> : <td class={cls(i)}>{cell}</td>))}</tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
