'use client';

import type { ComponentProps } from 'react';
import { useDeferredModule } from '@/components/ui/use-deferred-module';
import type { ResultsToolsPanel } from './results-tools-panel';

/**
 * What one can do with the results: print, share a link, export, edit the profile or the answers. Below the results
 * and never on paper: the tools (and the share, export and team code behind them) load once the results are on screen
 * and the browser is idle.
 */
export function ResultsTools(props: ComponentProps<typeof ResultsToolsPanel>) {
  const loaded = useDeferredModule(() => import('./results-tools-panel'), { forPrint: false });
  return loaded ? <loaded.ResultsToolsPanel {...props} /> : null;
}
