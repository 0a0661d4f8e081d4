import type { ReactNode } from 'react';
import { Link } from '@/i18n/navigation';

/** A way on from a page: where it leads and what it says. */
export type Way = { href: string; label: string };

/**
 * The ways on from a page as a row of buttons: the first is the main one, the others are secondary; an `action`
 * (a button of the page's own, such as «try again») comes first and is then the main one.
 */
export function LinkRow({ ways, action }: { ways: readonly Way[]; action?: ReactNode }) {
  return (
    <div className="button-row">
      {action}
      {ways.map((way, index) => (
        <Link key={way.href} className={index === 0 && !action ? 'button' : 'button button--secondary'} href={way.href}>
          {way.label}
        </Link>
      ))}
    </div>
  );
}
