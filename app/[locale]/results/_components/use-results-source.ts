'use client';

import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useSearchParams } from 'next/navigation';
import { useWorkspace } from '@/components/workspace/workspace-store';
import type { Assessment } from '@/lib/schemas';
import type { ShareError } from '@/lib/share-code';
import { readShareFragment } from '@/lib/share-fragment';
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
  // The decoder loads only for a link that carries results: one's own results never wait for it.
  const code = hash === null ? null : readShareFragment(hash);
  const [shared, setShared] = useState<{ hash: string; source: ResultsSource } | null>(null);
  useEffect(() => {
    if (hash === null || code === null) return;
    let current = true;
    void import('@/lib/share-link')
      .then(({ assessmentFromShared, readSharedResults }) => {
        const decoded = readSharedResults(hash, items, SHARE_ITEMS_BY_VERSION);
        if (!current || !decoded) return;
        const source: ResultsSource = decoded.ok
          ? {
              kind: 'shared',
              assessment: assessmentFromShared(decoded.value),
              fromEarlierVersion: decoded.droppedAnswers > 0 || decoded.version < 2,
            }
          : { kind: 'broken-link', error: decoded.error };
        setShared({ hash, source });
      })
      // Without the decoder (offline before it was ever loaded) the page stays as it is rather than guess.
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [hash, code, items]);
  const ref = useMemo(() => readAssessmentRef(searchParams), [searchParams]);

  if (hash === null) return { kind: 'pending' };
  if (code !== null) return shared?.hash === hash ? shared.source : { kind: 'pending' };
  if (!ready) return { kind: 'pending' };
  const assessment = findAssessment(workspace, ref);
  if (!assessment || Object.keys(assessment.answers).length === 0) return { kind: 'empty' };
  return { kind: 'stored', assessment, ref };
}
