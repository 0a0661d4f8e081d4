import type { ReactNode } from 'react';

/**
 * A wide table that scrolls sideways inside its own region, never the page: the region is named, reachable with the
 * keyboard (Tab, then the arrow keys scroll it), and keeps the table's first column in view while it scrolls.
 */
export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
