'use client';

import { useLayoutEffect, useRef, type RefObject } from 'react';

/** The radar's usual proportions (nine labels, 380 px wide), for the moment before its frame has measured itself. */
export const USUAL_ASPECT = '380 / 276';

/** The width an element gives the drawing on screen, and the page's font. */
export type RadarBox = { width: number; font: string };

/** The box of `element` on screen; null on paper, where the drawing has a fixed size of its own. */
export function readRadarBox(element: HTMLElement | null | undefined): RadarBox | null {
  if (!element || window.matchMedia('print').matches) return null;
  return { width: Math.floor(element.clientWidth), font: getComputedStyle(element).fontFamily };
}

/**
 * The box of the element `ref` holds, as the browser last laid it out: read when a resize observation arrives (after a
 * layout, so reading it forces none), not during a render, when the page may have changes not yet laid out.
 */
export function useObservedBox(ref: RefObject<HTMLElement | null>): RefObject<RadarBox | null> {
  const box = useRef<RadarBox | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(() => {
      const next = readRadarBox(element);
      // An element taken off the page reports a last size of zero: keep the box it had.
      if (next && next.width > 0) box.current = next;
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return box;
}
