'use client';

import type { ReactNode } from 'react';
import { useLoadWorkspace } from './workspace-store';

/**
 * Reads the stored workspace for the page inside it. It is a client module of its own, hydrated before the page's
 * components: the store and its schemas are evaluated as a unit of React's work of their own, after which React
 * can yield, instead of inside the one long evaluation of everything the page imports.
 */
export function WorkspaceLoader({ children }: { children: ReactNode }) {
  useLoadWorkspace();
  return children;
}
