'use client';

import dynamic from 'next/dynamic';
import type { ComponentProps } from 'react';
import { useAfterIdle } from '@/components/ui/use-after-idle';

// Below the results and never on paper: the tools (and the share, export and team code behind them) load once the
// results are on screen and the browser is idle.
const ResultsToolsPanel = dynamic(() => import('./results-tools-panel').then((m) => m.ResultsToolsPanel), { ssr: false });

/** What one can do with the results: print, share a link, export, edit the profile or the answers. */
export function ResultsTools(props: ComponentProps<typeof ResultsToolsPanel>) {
  return useAfterIdle() ? <ResultsToolsPanel {...props} /> : null;
}
