'use client';

import dynamic from 'next/dynamic';

/**
 * The radar chart, loaded after the page around it has rendered: the score, the table and the priorities never wait
 * for recharts. Its box keeps the chart's size meanwhile, so nothing shifts when it arrives.
 */
export const LazyRadar = dynamic(() => import('./radar-chart').then((m) => m.DimensionRadar), {
  ssr: false,
  loading: () => (
    <div className="radar-wrap" aria-hidden="true">
      <div className="radar" />
    </div>
  ),
});
