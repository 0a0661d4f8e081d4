import type { ReactNode } from 'react';

/**
 * A wide table that scrolls inside its own labelled region (reachable and scrollable by keyboard),
 * so the page itself never scrolls sideways.
 */
export function ScrollTable({ label, labelledBy, children }: { label?: string; labelledBy?: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={labelledBy ? undefined : label} aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}
