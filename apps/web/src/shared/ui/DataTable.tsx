import type { ReactNode } from "react";

/** A table's header row: one column heading for each name, in order. */
export function ColumnHeads({ names }: { names: readonly string[] }) {
  return (
    <thead>
      <tr>
        {names.map((name) => (
          <th scope="col" key={name}>
            {name}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** A table of the report's kind, which scrolls sideways on a narrow screen: its column headings, then its rows. */
export function DataTable({ columns, className, children }: { columns: readonly string[]; className?: string; children: ReactNode }) {
  return (
    <div className="table-scroll">
      <table className={className ? `data-table ${className}` : "data-table"}>
        <ColumnHeads names={columns} />
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
