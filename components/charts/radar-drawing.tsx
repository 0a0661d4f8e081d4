'use client';

import { useEffect } from 'react';
import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart } from 'recharts';
import type { RadarLayout } from '@/lib/radar-layout';
import type { RadarRow, RadarSeries } from './radar-chart';

function Tick({ index, layout }: { index?: number; layout: RadarLayout }) {
  const label = layout.labels[index ?? -1];
  if (!label) return null;
  return (
    <text x={label.x} textAnchor={label.anchor} fontSize={layout.fontSize} fill="#1d2b36" dominantBaseline="central">
      {label.lines.map((line, i) => (
        <tspan key={i} x={label.x} y={label.ys[i]}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** The recharts drawing inside the radar's frame, laid out by the frame: the one part of the chart that needs recharts. */
export function RadarDrawing({
  rows,
  series,
  layout,
  onDrawn,
}: {
  rows: RadarRow[];
  series: RadarSeries[];
  layout: RadarLayout;
  /** Called once the drawing is on the page. */
  onDrawn: () => void;
}) {
  useEffect(() => onDrawn(), [onDrawn]);
  return (
    <RadarChart
      width={layout.width}
      height={layout.height}
      data={rows}
      cx={layout.cx}
      cy={layout.cy}
      outerRadius={layout.radius}
      margin={{ top: 0, right: 0, bottom: 0, left: 0 }}
    >
      <PolarGrid stroke="#9aa8b1" />
      <PolarAngleAxis dataKey="label" tick={<Tick layout={layout} />} tickLine={false} />
      <PolarRadiusAxis domain={[0, 100]} tickCount={5} angle={70} fontSize={10} stroke="#6b7b86" />
      {series.map((s) => (
        <Radar
          key={s.key}
          name={s.name}
          dataKey={s.key}
          stroke={s.color}
          strokeWidth={2.5}
          strokeDasharray={s.dashed ? '6 4' : undefined}
          fill={s.color}
          fillOpacity={s.fillOpacity ?? 0.18}
          isAnimationActive={false}
          connectNulls
          dot={{ r: 3, fill: s.color }}
        />
      ))}
    </RadarChart>
  );
}
