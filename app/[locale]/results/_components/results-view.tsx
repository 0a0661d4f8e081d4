'use client';

import { useTranslations } from 'next-intl';
import { useDeferredValue, useMemo, type ReactNode } from 'react';
import { useHoldPrint } from '@/components/ui/print-readiness';
import { useAfterPaint } from '@/components/ui/use-after-paint';
import { useDeferredModules, useModuleWhen, type DeferredModules } from '@/components/ui/use-deferred-module';
import { StorageNotices } from '@/components/workspace/storage-notices';
import { useWorkspace } from '@/components/workspace/workspace-store';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/lib/content-schema';
import type { Workspace } from '@/lib/schemas';
import { evaluateAssessment, type Evaluation } from '@/lib/evaluate';
import { pickGuidance } from '@/lib/guidance';
import { hasLetterhead } from '@/lib/letterhead';
import { adaptContent, type VariedContent } from '@/lib/localize';
import { loadGuidance, type ResultsCards } from './guidance-request';
import { assessmentHref, checkSteps } from '@/lib/workspace';
import { AnswerFacts } from './answer-facts';
import { GateNotices } from './gate-notices';
import { PrioritiesSection } from './guidance-sections';
import { ResultsHeader } from './results-header';
import { ResultsQr } from './results-qr';
import { ResultsSummary } from './results-summary';
import { ScoreProfile } from './score-profile';
import { useResultsSource, type ResultsSource } from './use-results-source';

// What comes below the priorities, in page order: fetched and rendered one after the other once the results are on
// screen and the browser is idle (or all at once when printing is asked for).
const latePartLoaders = [
  () => import('./action-plan-form'),
  () => import('./channel-plan-section'),
  () => import('./later-sections'),
  // The team round's start comes with the panel, fetched beside it as a module of its own (its codes are large).
  () =>
    Promise.all([import('./results-tools-panel'), import('@/components/team/start-round-button')]).then(([panel, startRound]) => ({
      ...panel,
      startRound,
    })),
] as const;
type LateParts = DeferredModules<typeof latePartLoaders>;

/** The content the page passes: everything but the cards, which the view fetches (see loadGuidance). */
export type ResultsContent = Omit<VariedContent, 'guidance' | 'gateGuidance' | 'holdGuidance'>;

/** The results of one assessment: the verdict on need and readiness, score, level, chart with its table, priorities and guidance. */
export function ResultsView({
  content: variedContent,
  locale,
}: {
  content: ResultsContent;
  locale: Locale;
}) {
  const t = useTranslations('results');
  const ts = useTranslations('share');
  const { workspace, notices, persistence } = useWorkspace();
  // Share codes and exports cover the need statements and the readiness items, in that order.
  const shareItems = useMemo(() => [...variedContent.needItems, ...variedContent.items], [variedContent]);
  const source = useResultsSource(shareItems);
  const assessment = source.kind === 'stored' || source.kind === 'shared' ? source.assessment : null;

  // The stored answers arrive in one urgent update; the results themselves are rendered after it as deferred work, which
  // React splits into short slices, so a phone is never blocked for the whole page at once.
  const shown = useDeferredValue(source.kind !== 'pending');
  // Only a shared link has the banner over the results: its code is fetched then, and the results wait for it, so the
  // banner never pushes them down once they are on screen.
  const banner = useModuleWhen(source.kind === 'shared', () => import('./shared-banner'));
  // The cards and the channels' texts come as a file of their own (the page shows nine of 36 guidance cards, so the HTML
  // does not carry them all), fetched once the first screen is painted: they are below it, and its scripts come first.
  const guidance = useModuleWhen(useAfterPaint(shown && assessment !== null), () => loadGuidance(locale));
  const late = useDeferredModules(latePartLoaders, { needed: shown && assessment !== null });
  const bannerPending = source.kind === 'shared' && !banner.module && !banner.failed;
  if (source.kind === 'pending' || !shown || bannerPending) return <div className="results-loading" aria-busy="true" />;

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

  if (source.kind !== 'stored' && source.kind !== 'shared') {
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

  return (
    <EvaluatedResults
      source={source}
      variedContent={variedContent}
      guidance={guidance}
      locale={locale}
      shareItems={shareItems}
      workspace={workspace}
      storageNotices={storageNotices}
      banner={source.kind === 'shared' && banner.module ? <banner.module.SharedBanner assessment={source.assessment} workspace={workspace} /> : null}
      late={late}
    />
  );
}

type ResultsProps = {
  source: Extract<ResultsSource, { kind: 'stored' | 'shared' }>;
  variedContent: ResultsContent;
  guidance: { module: ResultsCards | null; failed: boolean };
  locale: Locale;
  shareItems: readonly { id: string }[];
  workspace: Workspace;
  storageNotices: ReactNode;
  banner: ReactNode;
  late: LateParts;
};

/**
 * The results of one assessment, scored. Rendered only in the deferred render, so the urgent update that brings the
 * stored answers does no scoring and stays short; the wording follows in a component of its own, so React can yield
 * between scoring and wording instead of doing both in one task.
 */
function EvaluatedResults(props: ResultsProps) {
  const { assessment } = props.source;
  const evaluation = useMemo(
    () => evaluateAssessment(assessment.answers, assessment.profile, props.variedContent),
    [assessment, props.variedContent],
  );
  return <WordedResults {...props} evaluation={evaluation} />;
}

/** The scored results, worded for who runs the channels and whom the firm sells to. */
function WordedResults({
  source,
  variedContent,
  guidance,
  locale,
  shareItems,
  workspace,
  storageNotices,
  banner,
  late,
  evaluation,
}: ResultsProps & { evaluation: Evaluation }) {
  const tr = useTranslations('print');
  const tres = useTranslations('results');
  const tv = useTranslations('verdict');
  const { assessment } = source;
  const cardsFile = guidance.module;
  const content = useMemo(
    () =>
      adaptContent(
        {
          ...variedContent,
          guidance: cardsFile?.guidance ?? [],
          gateGuidance: cardsFile?.gateGuidance ?? [],
          holdGuidance: cardsFile?.holdGuidance ?? [],
        },
        evaluation.context,
      ),
    [variedContent, cardsFile, evaluation.context],
  );
  const { result, priorities } = evaluation;
  const [actionPlan, channelPlan, later, tools] = late;
  const ref = source.kind === 'stored' ? source.ref : null;
  const checkHref = ref ? assessmentHref('check', ref) : null;
  const channelStep = ref && checkSteps(content.dimensions.length, ref).channelStep;
  const channelsHref = ref && channelStep ? assessmentHref('check', ref, { step: channelStep }) : null;
  const picks = pickGuidance(result, content.guidance, content.gateGuidance, content.holdGuidance);
  const cards = { result, dimensions: content.dimensions, bands: content.bands, picks, priorities };
  // The first screen (verdict, score, level) is committed, laid out and painted on its own; the chart and its table
  // follow in a second render after that paint, and the priorities in a third once the guidance file is there, so no
  // render nor its layout is one long task on a phone. Everything below the chart waits for the priorities, so nothing
  // pushes it down.
  const profileDue = useAfterPaint(true);
  const rest = profileDue && (guidance.module !== null || guidance.failed);
  useHoldPrint(rest);

  return (
    // Until the rest is there the page keeps a screen's height, so the footer never shows and then moves down.
    <div className={rest ? 'results' : 'results results--first'}>
      {storageNotices}
      {banner}
      {source.kind === 'shared' && source.fromEarlierVersion && <p className="notice">{tv('oldLink')}</p>}
      <ResultsHeader
        assessment={assessment}
        locale={locale}
        // The letterhead lives in this browser's workspace only: a shared link never shows it.
        letterhead={source.kind === 'stored' && assessment.coachMode && hasLetterhead(workspace.coachProfile) ? workspace.coachProfile : null}
        aside={<ResultsQr assessment={assessment} items={shareItems} />}
      />
      <ResultsSummary evaluation={evaluation} content={content} />
      <GateNotices result={result} items={content.items} bands={content.bands} />
      <AnswerFacts result={result} dimensions={content.dimensions} checkHref={checkHref} />
      {profileDue && <ScoreProfile result={result} dimensions={content.dimensions} bands={content.bands} priorities={priorities} />}
      {rest &&
        (guidance.module ? (
          <PrioritiesSection {...cards} later={evaluation.verdict.startsWith('fad-')} />
        ) : (
          <p className="notice notice--error" role="alert">
            {tres('guidanceFailed')}
          </p>
        ))}
      {rest && actionPlan && (
        <actionPlan.ActionPlanForm
          assessment={assessment}
          priorities={priorities.map((id) => content.dimensions.find((d) => d.id === id)!)}
          locale={locale}
          editable={ref !== null}
          assessmentRef={ref}
        />
      )}
      <footer className="print-footer print-only">
        <p>{tr('sources')}</p>
      </footer>
      {rest && channelPlan && cardsFile && (
        <channelPlan.ChannelPlanSection assessment={assessment} result={result} channels={cardsFile.channels} checkHref={channelsHref} />
      )}
      {rest && later && guidance.module && <later.LaterSections {...cards} notes={assessment.notes} needTitle={content.need.title} />}
      {rest && tools && ref && checkHref && <tools.ResultsToolsPanel assessment={assessment} assessmentRef={ref} items={shareItems} checkHref={checkHref} startRound={tools.startRound} />}
    </div>
  );
}
