'use client';

import type { ReactNode } from 'react';
import { useLoadWorkspace } from './workspace-store';

/**
 * Reads the stored workspace for the page inside it. Its own client module, so the browser evaluates the store, its
 * schemas and zod as one task of their own while hydrating, before the page's components and not in the same long task.
 */
export function WorkspaceLoader({ children }: { children: ReactNode }) {
  useLoadWorkspace();
  return children;
}
