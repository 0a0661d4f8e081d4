'use client';

import { useEffect, useState, type RefObject } from 'react';

/** Half a screen height above and below the screen. */
const MARGIN = '50% 0px';

/**
 * False until the element comes within half a screen height of the screen (above or below it), then true for good: for
 * parts whose code need not load before the reader is on the way to them. Half a screen leaves time enough to fetch and
 * draw while the reader scrolls towards it.
 */
export function useNearViewport(ref: RefObject<Element | null>): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) setNear(true);
    }, { rootMargin: MARGIN });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, near]);
  return near;
}
