'use client';

import { useRef, type ReactNode } from 'react';
import { useDeferredModule } from '@/components/ui/use-deferred-module';
import { USUAL_ASPECT, useObservedBox } from './radar-box';
import type { RadarRow, RadarSeries } from './radar-chart';

/**
 * The radar chart with its table beside it (below it on a phone): the table holds the same numbers as text.
 * The chart's frame (which lays out the drawing) is fetched once the page around it has rendered and the browser is
 * idle, or when printing is asked for; its drawing (recharts) follows as it nears the screen.
 */
export function ChartWithTable({
  rows,
  series,
  label,
  caption,
  children,
}: {
  rows: RadarRow[];
  series: RadarSeries[];
  label: string;
  caption?: string;
  children: ReactNode;
}) {
  const radar = useDeferredModule(() => import('./radar-chart'));
  const pending = useRef<HTMLDivElement>(null);
  const pendingBox = useObservedBox(pending);
  return (
    <div className="profile-chart__grid">
      <figure className="profile-chart__figure">
        {radar ? (
          <radar.DimensionRadar rows={rows} series={series} label={label} sizeFrom={pendingBox} />
        ) : (
          <div className="radar-wrap" aria-hidden="true" ref={pending}>
            <div className="radar radar--pending" style={{ aspectRatio: USUAL_ASPECT }} />
          </div>
        )}
        {caption && <figcaption className="visually-hidden">{caption}</figcaption>}
      </figure>
      {children}
    </div>
  );
}
