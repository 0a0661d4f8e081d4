import { useId, type ReactNode, type Ref } from 'react';
import { ScrollTable } from '@/components/ui/scroll-table';
import { TableHead, type Column } from '@/components/ui/table-head';

/**
 * A titled list of the coach's records (clients, checks): the heading, which takes focus when a deleted row's
 * button is gone, and either the text for no rows or a scrolling table with these column headers.
 */
export function RecordTable({
  title,
  headingRef,
  empty,
  columns,
  className,
  children,
}: {
  title: string;
  headingRef: Ref<HTMLHeadingElement>;
  /** The text shown instead of the table, or null when there are rows. */
  empty: string | null;
  columns: readonly Column[];
  className?: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} ref={headingRef} tabIndex={-1}>
        {title}
      </h2>
      {empty !== null ? (
        <p>{empty}</p>
      ) : (
        <ScrollTable labelledBy={id}>
          <table className="data-table table-reflow">
            <TableHead columns={columns} />
            <tbody>{children}</tbody>
          </table>
        </ScrollTable>
      )}
    </section>
  );
}

/** The last cell of a record's row: its links and buttons side by side. */
export function RowActions({ children }: { children: ReactNode }) {
  return (
    <td>
      <div className="row-actions">{children}</div>
    </td>
  );
}

/** A row's quiet button: a short visible label, and an accessible name that says which record it acts on. */
export function RowButton({ label, name, onClick }: { label: string; name: string; onClick: () => void }) {
  return (
    <button type="button" className="button button--quiet" aria-label={name} onClick={onClick}>
      {label}
    </button>
  );
}
