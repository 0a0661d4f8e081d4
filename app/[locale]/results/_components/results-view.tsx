'use client';

import { useMemo, useSyncExternalStore } from 'react';
import { useSearchParams } from 'next/navigation';
import { DimensionRadar } from '@/components/charts/radar-chart';
import { StorageNotices } from '@/components/workspace/storage-notices';
import { useWorkspace } from '@/components/workspace/workspace-store';
import { Link } from '@/i18n/navigation';
import type { DimensionId, Locale } from '@/lib/content-schema';
import { formatDate } from '@/lib/dates';
import { evaluateAssessment } from '@/lib/evaluate';
import { pickGuidance } from '@/lib/guidance';
import { SHARE_ITEMS_BY_VERSION } from '@/lib/item-history';
import { adaptContent, type VariedContent } from '@/lib/localize';
import type { Assessment } from '@/lib/schemas';
import { decodeShareCode, type ShareError } from '@/lib/share-code';
import { fillTemplate } from '@/lib/template';
import { findAssessment, readAssessmentRef, type AssessmentRef } from '@/lib/workspace';
import { ActionPlan } from './action-plan';
import { BandBadge } from '@/components/band-badge';
import { GuidanceCard } from './guidance-card';
import type { ResultsLabels } from './labels';
import { ResultsTools } from './results-tools';
import { SharedBanner } from './shared-banner';
import { Shortfall } from './shortfall';
import { Verdict } from './verdict';

type Source =
  | { kind: 'pending' }
  | { kind: 'stored'; ref: AssessmentRef }
  | { kind: 'shared'; assessment: Assessment; fromEarlierVersion: boolean }
  | { kind: 'broken-link'; error: ShareError };

function subscribeToHash(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function readShareCode(hash: string): string | null {
  const match = /^#r=(.*)$/.exec(hash);
  return match ? match[1]! : null;
}

/** The results of one assessment: the verdict on need and readiness, score, level, chart with its table, priorities and guidance. */
export function ResultsView({
  content: variedContent,
  labels,
  locale,
}: {
  content: VariedContent;
  labels: ResultsLabels;
  locale: Locale;
}) {
  const { ready, workspace, notices, persistence } = useWorkspace();
  const shareItems = useMemo(() => [...variedContent.needItems, ...variedContent.items], [variedContent]);
  const searchParams = useSearchParams();
  const hash = useSyncExternalStore(subscribeToHash, () => window.location.hash, () => null);
  const source = useMemo((): Source => {
    if (hash === null) return { kind: 'pending' };
    const code = readShareCode(hash);
    if (code !== null) {
      const decoded = decodeShareCode(code, shareItems, SHARE_ITEMS_BY_VERSION);
      if (!decoded.ok) return { kind: 'broken-link', error: decoded.error };
      const { createdAt, answers, profile, notes } = decoded.value;
      return {
        kind: 'shared',
        fromEarlierVersion: decoded.droppedAnswers > 0 || decoded.version < 2,
        assessment: {
          id: `shared-${createdAt}`,
          createdAt,
          updatedAt: createdAt,
          respondent: 'owner',
          coachMode: false,
          profile,
          answers,
          notes: notes ?? {},
          actionPlan: { steps: {} },
        },
      };
    }
    return { kind: 'stored', ref: readAssessmentRef(searchParams) };
  }, [hash, shareItems, searchParams]);

  const assessment =
    source.kind === 'shared' ? source.assessment : source.kind === 'stored' && ready ? findAssessment(workspace, source.ref) : null;

  const evaluation = useMemo(() => (assessment ? evaluateAssessment(assessment.answers, assessment.profile, variedContent) : null), [
    assessment,
    variedContent,
  ]);
  // Worded for who runs the channels and whom the firm sells to.
  const content = useMemo(() => adaptContent(variedContent, evaluation?.context ?? {}), [variedContent, evaluation?.context]);
  const result = evaluation?.result ?? null;

  if (source.kind === 'pending' || (source.kind === 'stored' && !ready)) {
    return <div className="results-loading" aria-busy="true" />;
  }

  const storageNotices = <StorageNotices notices={notices} persistence={persistence} labels={labels.notices} />;

  if (source.kind === 'broken-link') {
    return (
      <>
        <h1>{labels.title}</h1>
        <div className="notice notice--error" role="alert">
          <h2>{labels.share.errorTitle}</h2>
          <p>{labels.share.errors[source.error]}</p>
          <p>{labels.share.errorOwn}</p>
        </div>
        <p>
          <Link href="/results" onClick={() => history.replaceState(null, '', window.location.pathname)}>
            {labels.title}
          </Link>
        </p>
      </>
    );
  }

  if (!assessment || !result || !evaluation || Object.keys(assessment.answers).length === 0) {
    return (
      <>
        {storageNotices}
        <h1>{labels.title}</h1>
        <p>{labels.empty}</p>
        <p>
          <Link className="button" href="/check">
            {labels.emptyAction}
          </Link>
        </p>
      </>
    );
  }

  const bandName = (id: string | null) => content.bands.find((b) => b.id === id)?.name ?? null;
  const band = content.bands.find((b) => b.id === result.band) ?? null;
  const { need, priorities } = evaluation;
  const verdict = content.verdicts.find((v) => v.id === evaluation.verdict)!;
  const picks = pickGuidance(result, content.guidance, content.gateGuidance, content.holdGuidance);
  const pickFor = (id: DimensionId) => picks.find((p) => p.dimension === id)!;
  const dimension = (id: DimensionId) => content.dimensions.find((d) => d.id === id)!;
  const dimensionResult = (id: DimensionId) => result.dimensions.find((d) => d.dimension === id)!;
  const itemPrompt = (id: string) => content.items.find((i) => i.id === id);
  const readOnly = source.kind === 'shared';
  const ref = source.kind === 'stored' ? source.ref : null;
  const checkHref =
    ref && ref.kind === 'client' ? `/check?client=${ref.clientId}&assessment=${ref.assessmentId}` : '/check';
  const cardLabels = {
    score: labels.score,
    band: labels.band,
    nextSteps: labels.nextSteps,
    quoteSource: labels.quoteSource,
    quotedIn: labels.verdict.quotedIn,
    unscoredCard: labels.unscoredCard,
    notScored: labels.notScored,
  };
  // An unscored dimension has no point on the chart (the table says why), never a made-up 0.
  const rows = result.dimensions.map((d) => ({ label: dimension(d.dimension).title, current: d.score }));
  const chartLabel = `${labels.chartAlt} ${result.dimensions
    .map((d) => `${dimension(d.dimension).title}: ${d.score ?? labels.notScored}`)
    .join('; ')}.`;
  const notes = [{ id: 'need' as const, title: content.need.title }, ...content.dimensions].filter((d) => assessment.notes[d.id]);
  const profile = assessment.profile;

  return (
    <div className="results">
      {storageNotices}
      {readOnly && <SharedBanner assessment={assessment} labels={labels.share} workspace={workspace} />}
      {source.kind === 'shared' && source.fromEarlierVersion && <p className="notice">{labels.verdict.oldLink}</p>}

      <header className="results__header">
        <h1>{labels.title}</h1>
        <dl className="results__meta">
          {profile.companyName && (
            <div>
              <dt className="visually-hidden">{labels.print.company}</dt>
              <dd className="results__company">{profile.companyName}</dd>
            </div>
          )}
          {(profile.industry || profile.size || profile.market) && (
            <div>
              <dt className="visually-hidden">{labels.profile.industry}</dt>
              <dd>
                {[
                  profile.industry,
                  profile.size && labels.profile.sizes[profile.size],
                  profile.market && labels.profile.markets[profile.market],
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </dd>
            </div>
          )}
          <div>
            <dt className="visually-hidden">{labels.print.company}</dt>
            <dd>
              {fillTemplate(labels.assessedOn, { date: formatDate(assessment.createdAt, locale) })} ·{' '}
              {assessment.respondent === 'coach' ? labels.respondentCoach : labels.respondentOwner}
            </dd>
          </div>
          {assessment.coachName && (
            <div>
              <dt className="visually-hidden">Coach</dt>
              <dd>{fillTemplate(labels.print.coach, { name: assessment.coachName })}</dd>
            </div>
          )}
          <div className="print-only">
            <dt className="visually-hidden">{labels.print.printedOn}</dt>
            <dd>{fillTemplate(labels.print.printedOn, { date: formatDate(new Date().toISOString(), locale) })}</dd>
          </div>
        </dl>
      </header>

      <section className="summary" aria-labelledby="summary-title">
        <h2 id="summary-title" className="visually-hidden">
          {labels.overall}
        </h2>
        <div className="summary__score">
          <p className="summary__label">{labels.overall}</p>
          {result.overall !== null ? (
            <p className="summary__number">
              <strong data-testid="overall-score">{result.overall}</strong> <span>{labels.of100}</span>
            </p>
          ) : (
            <p className="summary__missing">{labels.notEnoughOverall}</p>
          )}
        </div>
        <div className="summary__level">
          <p className="summary__label">{labels.level}</p>
          {band ? <BandBadge band={band.id} name={band.name} /> : <p>{labels.notScored}</p>}
        </div>
        <div className="summary__verdict">
          <h3>{labels.verdictTitle}</h3>
          <Verdict
            verdict={verdict}
            need={need}
            needLevelName={content.needLevels.find((l) => l.id === need.level)?.name ?? null}
            readinessName={band?.name ?? null}
            openPrompts={need.open.flatMap((id) => content.needItems.find((i) => i.id === id)?.prompt ?? [])}
            labels={{ ...labels.verdict, quoteSource: labels.quoteSource }}
          />
        </div>
      </section>

      {result.cappedBy.length > 0 && (
        <div className="notice notice--warning gate-notice">
          <p>
            <strong>{fillTemplate(labels.gateCapped, { band: bandName(result.levelCap ?? result.band) ?? '' })}</strong>
          </p>
          <ul>
            {result.cappedBy.map((gate) => (
              <li key={gate.itemId}>{itemPrompt(gate.itemId)?.gate?.reason}</li>
            ))}
          </ul>
          <p>{labels.gateAdvice}</p>
        </div>
      )}
      {result.gatesUnknown.length > 0 && (
        <div className="notice gate-notice">
          <p>{labels.gateUnknown}</p>
          <ul>
            {result.gatesUnknown.map((gate) => (
              <li key={gate.itemId}>{itemPrompt(gate.itemId)?.gate?.unclear}</li>
            ))}
          </ul>
        </div>
      )}
      {result.gatesPartial.length > 0 && (
        <div className="notice gate-notice">
          <p>{fillTemplate(labels.verdict.gatePartial, { band: bandName('strong') ?? '' })}</p>
          <ul>
            {result.gatesPartial.map((gate) => (
              <li key={gate.itemId}>{itemPrompt(gate.itemId)?.prompt}</li>
            ))}
          </ul>
        </div>
      )}

      <div className="answer-facts">
        <p>{labels.unknownCount[Math.min(result.unknownCount, labels.unknownCount.length - 1)]}</p>
        {result.unscored.length > 0 && (
          <p>
            {labels.unscored} {result.unscored.map((id) => dimension(id).title).join(', ')}.{' '}
            {!readOnly && (
              <Link className="no-print" href={checkHref}>
                {labels.completeCheck}
              </Link>
            )}
          </p>
        )}
        <Shortfall dimensions={result.dimensions} titleOf={(id) => dimension(id).title} labels={labels.verdict} />
      </div>

      <section className="profile-chart" aria-labelledby="chart-title">
        <h2 id="chart-title">{labels.chartTitle}</h2>
        <div className="profile-chart__grid">
          <figure className="profile-chart__figure">
            <DimensionRadar
              rows={rows}
              series={[{ key: 'current', name: labels.seriesCurrent, color: '#1f5566' }]}
              label={chartLabel}
            />
            <figcaption className="visually-hidden">{labels.chartAlt}</figcaption>
          </figure>
          <table className="score-table">
            <caption>{labels.tableCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{labels.colDimension}</th>
                <th scope="col" className="num">
                  {labels.colScore}
                </th>
                <th scope="col">{labels.colBand}</th>
                <th scope="col" className="num no-print-narrow">
                  {labels.colAnswers}
                </th>
              </tr>
            </thead>
            <tbody>
              {result.dimensions.map((d) => (
                <tr key={d.dimension} className={priorities.includes(d.dimension) ? 'is-priority' : undefined}>
                  <th scope="row">{dimension(d.dimension).title}</th>
                  <td className="num">{d.score ?? <span className="muted">{labels.notScored}</span>}</td>
                  <td>{d.band ? <BandBadge band={d.band} name={bandName(d.band) ?? ''} /> : '–'}</td>
                  <td className="num no-print-narrow">
                    {fillTemplate(labels.answersOf, { known: d.known + d.unknown, total: d.total - d.notApplicable })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section className="priorities" aria-labelledby="priorities-title">
        <h2 id="priorities-title">{labels.prioritiesTitle}</h2>
        {priorities.length > 0 ? (
          <>
            <p className="muted">{evaluation.verdict.startsWith('fad-') ? labels.verdict.prioritiesIfLater : labels.prioritiesIntro}</p>
            {priorities.map((id, index) => {
              const d = dimensionResult(id);
              return (
                <GuidanceCard
                  key={id}
                  dimension={dimension(id)}
                  score={d.score}
                  band={d.band}
                  bandName={bandName(d.band)}
                  guidance={pickFor(id).guidance}
                  labels={cardLabels}
                  priority={index + 1}
                />
              );
            })}
          </>
        ) : (
          <p>{labels.noPriorities}</p>
        )}
      </section>

      <ActionPlan
        assessment={assessment}
        priorities={priorities.map((id) => dimension(id))}
        labels={labels}
        locale={locale}
        editable={!readOnly && ref !== null}
        assessmentRef={ref}
      />

      <footer className="print-footer print-only">
        <p>{labels.print.sources}</p>
      </footer>

      <section className="all-dimensions no-print" aria-labelledby="all-title">
        <h2 id="all-title">{labels.allTitle}</h2>
        {result.dimensions
          .filter((d) => !priorities.includes(d.dimension))
          .map((d) => (
            <GuidanceCard
              key={d.dimension}
              dimension={dimension(d.dimension)}
              score={d.score}
              band={d.band}
              bandName={bandName(d.band)}
              guidance={pickFor(d.dimension).guidance}
              labels={cardLabels}
            />
          ))}
      </section>

      {notes.length > 0 && (
        <section className="coach-notes" aria-labelledby="notes-title">
          <h2 id="notes-title">{labels.notesTitle}</h2>
          <dl>
            {notes.map((d) => (
              <div key={d.id} className="coach-notes__entry">
                <dt>{d.title}</dt>
                <dd className="pre-line">{assessment.notes[d.id]}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}

      {!readOnly && ref && (
        <ResultsTools assessment={assessment} assessmentRef={ref} labels={labels} items={shareItems} checkHref={checkHref} />
      )}

    </div>
  );
}
