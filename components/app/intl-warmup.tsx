'use client';

import { useEffect } from 'react';

/**
 * Makes the page's first number formatter while the browser is idle, in a task of its own. The first Intl formatter a
 * page makes loads the runtime's locale data: 10–20 ms on a desktop, four times that on a phone. Made inside a render
 * (the first message with a number or a plural), it lengthens that render's task, while the browser cannot answer a tap.
 * Only for a page whose first numbers come late (the results); a page that formats none should not pay for it.
 */
export function IntlWarmup({ locale }: { locale: string }) {
  useEffect(() => {
    if (typeof window.requestIdleCallback !== 'function') return;
    const idle = window.requestIdleCallback(() => void new Intl.NumberFormat(locale).format(1));
    return () => window.cancelIdleCallback(idle);
  }, [locale]);
  return null;
}
