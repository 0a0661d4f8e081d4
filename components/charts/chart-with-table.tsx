import type { ReactNode } from 'react';
import { DimensionRadar, type RadarRow, type RadarSeries } from './radar-chart';

/** The radar chart with its table beside it (below it on a phone): the table holds the same numbers as text. */
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
  return (
    <div className="profile-chart__grid">
      <figure className="profile-chart__figure">
        <DimensionRadar rows={rows} series={series} label={label} />
        {caption && <figcaption className="visually-hidden">{caption}</figcaption>}
      </figure>
      {children}
    </div>
  );
}
