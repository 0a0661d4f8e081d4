'use client';

import { useMemo, useSyncExternalStore } from 'react';
import { useSearchParams } from 'next/navigation';
import { useWorkspace } from '@/components/workspace/workspace-store';
import type { Assessment } from '@/lib/schemas';
import type { ShareError } from '@/lib/share-code';
import { assessmentFromShared, readSharedResults } from '@/lib/share-link';
import { SHARE_ITEMS_BY_VERSION } from '@/lib/item-history';
import { findAssessment, readAssessmentRef, type AssessmentRef } from '@/lib/workspace';

/** Where the results on screen come from: still loading, a broken link, nothing yet, or one assessment. */
export type ResultsSource =
  | { kind: 'pending' }
  | { kind: 'broken-link'; error: ShareError }
  | { kind: 'empty' }
  | { kind: 'stored'; assessment: Assessment; ref: AssessmentRef }
  /** `fromEarlierVersion`: the link was made by an earlier version of the check (some answers may be gone). */
  | { kind: 'shared'; assessment: Assessment; fromEarlierVersion: boolean };

function subscribeToHash(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** Reads the results to show: a share link in the fragment wins over the assessment stored in this browser. */
export function useResultsSource(items: readonly { id: string }[]): ResultsSource {
  const { ready, workspace } = useWorkspace();
  const searchParams = useSearchParams();
  const hash = useSyncExternalStore(subscribeToHash, () => window.location.hash, () => null);
  const shared = useMemo((): ResultsSource | null => {
    const decoded = hash === null ? null : readSharedResults(hash, items, SHARE_ITEMS_BY_VERSION);
    if (!decoded) return null;
    if (!decoded.ok) return { kind: 'broken-link', error: decoded.error };
    const fromEarlierVersion = decoded.droppedAnswers > 0 || decoded.version < 2;
    return { kind: 'shared', assessment: assessmentFromShared(decoded.value), fromEarlierVersion };
  }, [hash, items]);
  const ref = useMemo(() => readAssessmentRef(searchParams), [searchParams]);

  if (hash === null) return { kind: 'pending' };
  if (shared) return shared;
  if (!ready) return { kind: 'pending' };
  const assessment = findAssessment(workspace, ref);
  if (!assessment || Object.keys(assessment.answers).length === 0) return { kind: 'empty' };
  return { kind: 'stored', assessment, ref };
}
