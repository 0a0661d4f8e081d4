'use client';

import { useCallback, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { useHoldPrint, usePrintWanted } from '@/components/ui/print-readiness';
import { useModuleWhen } from '@/components/ui/use-deferred-module';
import { useNearViewport } from '@/components/ui/use-near-viewport';
import { usePrinting } from '@/components/ui/use-printing';
import { layoutRadar } from '@/lib/radar-layout';
import { readRadarBox, USUAL_ASPECT, type RadarBox } from './radar-box';

export type RadarSeries = { key: string; name: string; color: string; dashed?: boolean; fillOpacity?: number };
/** One axis: its full label, the one word that stands in for it when space is short, and a value per series. */
export type RadarRow = { label: string; shortLabel: string } & Record<string, number | string | null>;

/** The drawing on paper, and the widest on screen; print CSS scales it to the column it prints in. */
const PRINT_WIDTH = 380;
/** Below this the drawing keeps its layout and scales down as a vector. */
const MIN_WIDTH = 240;
const FONT_SIZE = 12;

/** Text widths from the font the page really uses; canvas text is set a little tighter than SVG, hence the margin. */
function textMeasurer(fontFamily: string): (text: string) => number {
  const context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!context || !fontFamily) return (text) => text.length * 0.62 * FONT_SIZE;
  context.font = `${FONT_SIZE}px ${fontFamily}`;
  return (text) => context.measureText(text).width * 1.04 + 1;
}

/**
 * The width the chart is drawn in on screen, and the page's font; null until measured. The first value is the box the
 * frame replaces (`sizeFrom`), as last laid out: then the drawing is laid out in the frame's first render, which React
 * may split from the rest, instead of in a synchronous one after the frame is on the page.
 */
function useScreenBox(ref: RefObject<HTMLDivElement | null>, sizeFrom?: RefObject<RadarBox | null>) {
  const [box, setBox] = useState<RadarBox | null>(() => sizeFrom?.current ?? null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const read = () => {
      const next = readRadarBox(element);
      if (!next) return;
      // Synchronously, so the first frame after a resize already shows the drawing at its width.
      flushSync(() => setBox((old) => (old && old.width === next.width && old.font === next.font ? old : next)));
    };
    const observer = new ResizeObserver(read);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return box;
}

/**
 * A vector radar chart of the nine dimensions, drawn at the width it is shown in (up to 380 px) with every axis label
 * whole and inside the drawing; on paper always the 380 px drawing, scaled by the print CSS.
 * The frame is laid out at once and keeps the drawing's exact size, so nothing moves when recharts arrives: the score,
 * the tables and the text never wait for it. Its text alternative is the table beside it; the legend is plain HTML so it
 * reads and prints as text.
 */
export function DimensionRadar({
  rows,
  series,
  label,
  sizeFrom,
}: {
  rows: RadarRow[];
  series: RadarSeries[];
  label: string;
  /** The measured box of the same size that the frame takes the place of, if there is one on the page. */
  sizeFrom?: RefObject<RadarBox | null>;
}) {
  const wrapRef = useRef<HTMLDivElement>(null);
  const printing = usePrinting();
  const box = useScreenBox(wrapRef, sizeFrom);
  const near = useNearViewport(wrapRef);
  const wanted = usePrintWanted();
  // recharts is the page's largest script: it is fetched only when the chart nears the screen or the page is printed.
  const { module: drawing, failed } = useModuleWhen(near || wanted, () => import('./radar-drawing'));
  const [drawn, setDrawn] = useState(false);
  const onDrawn = useCallback(() => setDrawn(true), []);
  // Paper needs the drawing: printing waits for it (not for one that cannot be fetched: the table has the numbers).
  useHoldPrint(drawn || failed);
  const width = printing ? PRINT_WIDTH : Math.max(MIN_WIDTH, Math.min(PRINT_WIDTH, box?.width ?? PRINT_WIDTH));
  const font = box?.font ?? '';
  const labelKey = rows.map((r) => `${r.label}\u0000${r.shortLabel}`).join('\u0001');
  // Until the box has measured itself (in the layout effect, before the first paint) there is nothing to lay out for:
  // the frame keeps the usual proportions and the drawing is laid out once, at its real width.
  const measured = box !== null || printing;
  const layout = useMemo(() => {
    if (!measured) return null;
    const labels = labelKey.split('\u0001').map((pair) => {
      const [full = '', short = ''] = pair.split('\u0000');
      return { full, short: short || full };
    });
    return layoutRadar(labels, { width, fontSize: FONT_SIZE, measure: textMeasurer(font) });
  }, [measured, labelKey, width, font]);

  return (
    <div className="radar-wrap" ref={wrapRef}>
      <div
        className={drawn ? 'radar' : 'radar radar--pending'}
        role="img"
        aria-label={label}
        // The drawing's own proportions: it scales with the width like the drawing (below 240 px and on paper).
        style={{ aspectRatio: layout ? `${layout.width} / ${layout.height}` : USUAL_ASPECT }}
      >
        {box && layout && drawing && <drawing.RadarDrawing rows={rows} series={series} layout={layout} onDrawn={onDrawn} />}
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
