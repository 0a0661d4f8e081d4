'use client';

import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { StorageNotices } from '@/components/workspace/storage-notices';
import { useWorkspace } from '@/components/workspace/workspace-store';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/lib/content-schema';
import { pickGuidance, pickPriorities } from '@/lib/guidance';
import { hasLetterhead } from '@/lib/letterhead';
import type { LocalizedContent } from '@/lib/localize';
import { scoreAssessment } from '@/lib/scoring';
import { assessmentHref } from '@/lib/workspace';
import { ActionPlan } from './action-plan';
import { AnswerFacts } from './answer-facts';
import { CoachNotes } from './coach-notes';
import { GateNotices } from './gate-notices';
import { OtherTopicsSection, PrioritiesSection } from './guidance-sections';
import { ResultsHeader } from './results-header';
import { ResultsSummary } from './results-summary';
import { ResultsTools } from './results-tools';
import { ScoreProfile } from './score-profile';
import { SharedBanner } from './shared-banner';
import { useResultsSource } from './use-results-source';

// The QR code for paper (and its encoder) loads after the page, out of the first scripts.
const ResultsQr = dynamic(() => import('./results-qr').then((m) => m.ResultsQr), { ssr: false });

/** The results of one assessment: score, level, verdict, chart with its table, priorities and guidance. */
export function ResultsView({ content, locale }: { content: LocalizedContent; locale: Locale }) {
  const t = useTranslations('results');
  const ts = useTranslations('share');
  const tr = useTranslations('print');
  const { workspace, notices, persistence } = useWorkspace();
  const source = useResultsSource(content.items);
  const assessment = source.kind === 'stored' || source.kind === 'shared' ? source.assessment : null;
  const result = useMemo(() => (assessment ? scoreAssessment(assessment.answers, content) : null), [assessment, content]);

  if (source.kind === 'pending') return <div className="results-loading" aria-busy="true" />;

  if (source.kind === 'broken-link') {
    return (
      <>
        <h1>{t('title')}</h1>
        <div className="notice notice--error" role="alert">
          <h2>{ts('errorTitle')}</h2>
          <p>{ts(`errors.${source.error}`)}</p>
          <p>{ts('errorOwn')}</p>
        </div>
        <p>
          <Link href="/results" onClick={() => history.replaceState(null, '', window.location.pathname)}>
            {t('title')}
          </Link>
        </p>
      </>
    );
  }

  const storageNotices = <StorageNotices notices={notices} persistence={persistence} />;

  if (!assessment || !result) {
    return (
      <>
        {storageNotices}
        <h1>{t('title')}</h1>
        <p>{t('empty')}</p>
        <p>
          <Link className="button" href="/check">
            {t('emptyAction')}
          </Link>
        </p>
      </>
    );
  }

  const ref = source.kind === 'stored' ? source.ref : null;
  const checkHref = ref ? assessmentHref('check', ref) : null;
  const priorities = pickPriorities(result);
  const cards = { result, dimensions: content.dimensions, bands: content.bands, picks: pickGuidance(result, content.guidance), priorities };

  return (
    <div className="results">
      {storageNotices}
      {source.kind === 'shared' && <SharedBanner assessment={assessment} workspace={workspace} />}
      <ResultsHeader
        assessment={assessment}
        locale={locale}
        // The letterhead lives in this browser's workspace only: a shared link never shows it.
        letterhead={source.kind === 'stored' && assessment.coachMode && hasLetterhead(workspace.coachProfile) ? workspace.coachProfile : null}
        aside={<ResultsQr assessment={assessment} items={content.items} />}
      />
      <ResultsSummary result={result} bands={content.bands} />
      <GateNotices result={result} items={content.items} bands={content.bands} />
      <AnswerFacts result={result} dimensions={content.dimensions} checkHref={checkHref} />
      <ScoreProfile result={result} dimensions={content.dimensions} bands={content.bands} priorities={priorities} />
      <PrioritiesSection {...cards} />
      <ActionPlan
        assessment={assessment}
        priorities={priorities.map((id) => content.dimensions.find((d) => d.id === id)!)}
        locale={locale}
        editable={ref !== null}
        assessmentRef={ref}
      />
      <footer className="print-footer print-only">
        <p>{tr('sources')}</p>
      </footer>
      <OtherTopicsSection {...cards} />
      <CoachNotes notes={assessment.notes} dimensions={content.dimensions} />
      {ref && checkHref && <ResultsTools assessment={assessment} assessmentRef={ref} items={content.items} checkHref={checkHref} />}
    </div>
  );
}
