'use client';

import dynamic from 'next/dynamic';
import type { ComponentProps } from 'react';
import { useAfterIdle } from '@/components/ui/use-after-idle';

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
  const show = useAfterIdle();
  return show ? <Radar {...props} /> : placeholder;
}
