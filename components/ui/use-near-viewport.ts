'use client';

import { useEffect, useState, type RefObject } from 'react';

/**
 * False until the element comes within `margin` of the screen (one screen height above or below by default), then
 * true for good: for parts whose code need not load before the reader is on the way to them.
 */
export function useNearViewport(ref: RefObject<Element | null>, margin = '100% 0px'): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) setNear(true);
    }, { rootMargin: margin });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, margin, near]);
  return near;
}
