import type { ReactNode } from 'react';

/** A column of a data table: its header, whether it holds numbers (set right-aligned), and classes of its own. */
export type Column = { label: ReactNode; key?: string; numeric?: boolean; className?: string };

/** The header row of a data table: one column header a column. */
export function TableHead({ columns }: { columns: readonly Column[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column, index) => (
          <th
            key={column.key ?? (typeof column.label === 'string' ? column.label : index)}
            scope="col"
            className={[column.numeric ? 'num' : '', column.className ?? ''].join(' ').trim() || undefined}
          >
            {column.label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
