'use client';

import dynamic from 'next/dynamic';
import { startTransition, useEffect, useState, type ComponentProps } from 'react';

const placeholder = (
  <div className="radar-wrap" aria-hidden="true">
    <div className="radar" />
  </div>
);

const Radar = dynamic(() => import('./radar-chart').then((m) => m.DimensionRadar), { ssr: false, loading: () => placeholder });

/**
 * The radar chart, fetched and drawn once the page around it has rendered and the browser is idle (or at once when
 * printing): the score, the table and the priorities never wait for recharts. Its box keeps the chart's size
 * meanwhile, so nothing shifts when it arrives.
 */
export function LazyRadar(props: ComponentProps<typeof Radar>) {
  const [show, setShow] = useState(false);
  useEffect(() => {
    const reveal = () => startTransition(() => setShow(true));
    const idle = window.requestIdleCallback ? window.requestIdleCallback(reveal, { timeout: 1500 }) : window.setTimeout(reveal, 200);
    window.addEventListener('beforeprint', reveal);
    return () => {
      if (window.cancelIdleCallback) window.cancelIdleCallback(idle);
      else window.clearTimeout(idle);
      window.removeEventListener('beforeprint', reveal);
    };
  }, []);
  return show ? <Radar {...props} /> : placeholder;
}
