'use client';

import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart } from 'recharts';

export type RadarSeries = { key: string; name: string; color: string; dashed?: boolean; fillOpacity?: number };
export type RadarRow = { label: string } & Record<string, number | string | null>;

const SIZE = 380;

function Tick({ x, y, payload, textAnchor }: { x?: number; y?: number; payload?: { value: string }; textAnchor?: string }) {
  // Long titles ("Prozesse & Zuständigkeiten") break before the ampersand so they stay inside the drawing.
  const parts = String(payload?.value ?? '').split(/\s(?=&)/);
  return (
    <text x={x} y={y} textAnchor={textAnchor as 'start' | 'middle' | 'end'} fontSize={11} fill="#1d2b36">
      {parts.map((line, index) => (
        <tspan key={line} x={x} dy={index === 0 ? (parts.length > 1 ? -4 : 4) : 13}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/**
 * A fixed-size, vector radar chart of the nine dimensions; it prints as drawn, never blank.
 * Its text alternative is the table beside it; the legend is plain HTML so it reads and prints as text.
 */
export function DimensionRadar({ rows, series, label }: { rows: RadarRow[]; series: RadarSeries[]; label: string }) {
  return (
    <div className="radar-wrap">
      <div className="radar" role="img" aria-label={label}>
        <RadarChart width={SIZE} height={SIZE} data={rows} outerRadius={118} margin={{ top: 10, right: 40, bottom: 10, left: 40 }}>
          <PolarGrid stroke="#9aa8b1" />
          <PolarAngleAxis dataKey="label" tick={<Tick />} />
          <PolarRadiusAxis domain={[0, 100]} tickCount={5} angle={70} fontSize={9} stroke="#6b7b86" />
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
      </div>
      {series.length > 1 && (
        <ul className="legend" aria-hidden="true">
          {series.map((s) => (
            <li key={s.key}>
              <svg width="28" height="10" aria-hidden="true">
                <line x1="1" y1="5" x2="27" y2="5" stroke={s.color} strokeWidth="3" strokeDasharray={s.dashed ? '6 4' : undefined} />
              </svg>
              {s.name}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
