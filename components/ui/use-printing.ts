'use client';

import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * True while the page is laid out for paper (print dialog, PDF, print media). Set synchronously when printing starts,
 * so what depends on it is on the page before the browser paginates.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const query = window.matchMedia('print');
    const set = (value: boolean) => flushSync(() => setPrinting(value));
    const onChange = () => set(query.matches);
    const onBefore = () => set(true);
    query.addEventListener('change', onChange);
    window.addEventListener('beforeprint', onBefore);
    window.addEventListener('afterprint', onChange);
    return () => {
      query.removeEventListener('change', onChange);
      window.removeEventListener('beforeprint', onBefore);
      window.removeEventListener('afterprint', onChange);
    };
  }, []);
  return printing;
}
