'use client';

import type { ComponentProps } from 'react';
import { useDeferredModule } from '@/components/ui/use-deferred-module';
import type { LaterSections } from './later-sections';

/**
 * Every other topic and the coach's notes, at the very end of the results: their code is fetched once the results are
 * on screen and the browser is idle, or when printing is asked for (the notes print on a page of their own).
 */
export function Later(props: ComponentProps<typeof LaterSections>) {
  const loaded = useDeferredModule(() => import('./later-sections'));
  return loaded ? <loaded.LaterSections {...props} /> : null;
}
