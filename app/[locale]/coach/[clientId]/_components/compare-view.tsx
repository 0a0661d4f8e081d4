'use client';

import { useId, useState } from 'react';
import { DimensionRadar, type RadarSeries } from '@/components/charts/radar-chart';
import type { DimensionId, Locale } from '@/lib/content-schema';
import { compareAssessments, formatDelta } from '@/lib/compare';
import { contextOf } from '@/lib/variants';
import { formatDate } from '@/lib/dates';
import type { Assessment, Client } from '@/lib/schemas';
import type { ScoringModel } from '@/lib/scoring';
import type { DetailBand, DetailItem } from './client-detail';

/** Two checks of one client side by side: both outlines and the targets, deltas, changed priorities, disagreements. */
export function CompareView({
  client,
  assessments,
  model,
  dimensions,
  items,
  labels,
  locale,
  scaleLabels,
}: {
  client: Client;
  assessments: Assessment[];
  model: ScoringModel;
  dimensions: { id: DimensionId; title: string }[];
  items: DetailItem[];
  bands: DetailBand[];
  labels: Record<string, string>;
  locale: Locale;
  scaleLabels: Record<string, string>;
}) {
  const id = useId();
  const l = (key: string) => labels[key] ?? key;
  const [beforeId, setBeforeId] = useState(assessments.at(-2)?.id ?? '');
  const [afterId, setAfterId] = useState(assessments.at(-1)?.id ?? '');

  if (assessments.length < 2) {
    return (
      <section aria-labelledby={`${id}-title`} className="compare no-print">
        <h2 id={`${id}-title`}>{l('compareTitle')}</h2>
        <p>{l('compareNeedTwo')}</p>
      </section>
    );
  }

  const before = assessments.find((a) => a.id === beforeId) ?? assessments.at(-2)!;
  const after = assessments.find((a) => a.id === afterId) ?? assessments.at(-1)!;
  const comparison = compareAssessments(before.answers, after.answers, model, client.targets, {
    before: contextOf(before.profile),
    after: contextOf(after.profile),
  });
  const title = (dimension: DimensionId) => dimensions.find((d) => d.id === dimension)?.title ?? dimension;
  const name = (a: Assessment) => `${formatDate(a.createdAt, locale)} (${a.respondent === 'coach' ? l('coach') : l('owner')})`;
  const hasTargets = comparison.dimensions.some((d) => d.target !== null);
  // An unscored dimension is left out of its outline (as targets are), never drawn as a score of 0.
  const rows = comparison.dimensions.map((d) => ({
    label: title(d.dimension),
    before: d.before,
    after: d.after,
    target: d.target,
  }));
  // A check with no scored dimension yet (one just started) has no outline to draw: an empty path is invalid SVG.
  const drawable = (key: 'before' | 'after') => rows.some((r) => r[key] !== null);
  const series: RadarSeries[] = [
    ...(drawable('before') ? [{ key: 'before', name: name(before), color: '#6b7b86', dashed: true, fillOpacity: 0.08 }] : []),
    ...(drawable('after') ? [{ key: 'after', name: name(after), color: '#1f5566', fillOpacity: 0.2 }] : []),
    ...(hasTargets ? [{ key: 'target', name: l('targetSeries'), color: '#b4531f', dashed: true, fillOpacity: 0 }] : []),
  ];
  const chartLabel = `${l('compareChart')} ${series.map((s) => s.name).join(', ')}. ${comparison.dimensions
    .map((d) => `${title(d.dimension)}: ${d.before ?? '–'} → ${d.after ?? '–'}`)
    .join('; ')}.`;
  const answerLabel = (value: unknown) => (value === undefined ? '–' : (scaleLabels[String(value)] ?? String(value)));
  const options = assessments.map((a) => (
    <option key={a.id} value={a.id}>
      {name(a)}
    </option>
  ));

  return (
    <section aria-labelledby={`${id}-title`} className="compare">
      <h2 id={`${id}-title`}>{l('compareTitle')}</h2>
      <div className="compare__pickers no-print">
        <div className="field">
          <label htmlFor={`${id}-before`}>{l('compareBefore')}</label>
          <select id={`${id}-before`} value={before.id} onChange={(e) => setBeforeId(e.target.value)}>
            {options}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-after`}>{l('compareAfter')}</label>
          <select id={`${id}-after`} value={after.id} onChange={(e) => setAfterId(e.target.value)}>
            {options}
          </select>
        </div>
      </div>
      <p className="print-only">
        {l('compareBefore')}: {name(before)} · {l('compareAfter')}: {name(after)}
      </p>

      <div className="profile-chart__grid">
        <figure className="profile-chart__figure">
          <DimensionRadar rows={rows} series={series} label={chartLabel} />
        </figure>
        <table className="score-table">
          <caption>{l('compareCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{l('colDimension')}</th>
              <th scope="col" className="num">
                {l('colBefore')} <span className="th-date">({formatDate(before.createdAt, locale)})</span>
              </th>
              <th scope="col" className="num">
                {l('colAfter')} <span className="th-date">({formatDate(after.createdAt, locale)})</span>
              </th>
              <th scope="col" className="num">
                {l('colDelta')}
              </th>
              {hasTargets && (
                <>
                  <th scope="col" className="num">
                    {l('colTarget')}
                  </th>
                  <th scope="col" className="num">
                    {l('colToTarget')}
                  </th>
                </>
              )}
            </tr>
          </thead>
          <tbody>
            {comparison.dimensions.map((d) => (
              <tr key={d.dimension}>
                <th scope="row">{title(d.dimension)}</th>
                <td className="num">{d.before ?? '–'}</td>
                <td className="num">{d.after ?? '–'}</td>
                <td className="num delta">{formatDelta(d.delta)}</td>
                {hasTargets && (
                  <>
                    <td className="num">{d.target ?? '–'}</td>
                    <td className="num">{formatDelta(d.toTarget)}</td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{l('overallRow')}</th>
              <td className="num">{comparison.overallBefore ?? '–'}</td>
              <td className="num">{comparison.overallAfter ?? '–'}</td>
              <td className="num delta">{formatDelta(comparison.overallDelta)}</td>
              {hasTargets && <td colSpan={2} />}
            </tr>
          </tfoot>
        </table>
      </div>

      <h3>{l('prioritiesChanged')}</h3>
      {comparison.newPriorities.length === 0 && comparison.resolvedPriorities.length === 0 ? (
        <p>{l('samePriorities')}</p>
      ) : (
        <ul>
          {comparison.newPriorities.length > 0 && (
            <li>
              {l('newPriorities')} {comparison.newPriorities.map(title).join(', ')}
            </li>
          )}
          {comparison.resolvedPriorities.length > 0 && (
            <li>
              {l('resolvedPriorities')} {comparison.resolvedPriorities.map(title).join(', ')}
            </li>
          )}
        </ul>
      )}

      <h3>{l('disagreementsTitle')}</h3>
      <p className="muted">{l('disagreementsIntro')}</p>
      {comparison.disagreements.length === 0 ? (
        <p>{l('noDisagreements')}</p>
      ) : (
        <div className="table-scroll" role="region" aria-label={l('disagreementsTitle')} tabIndex={0}>
          <table className="data-table disagreements">
            <thead>
              <tr>
                <th scope="col">{l('colItem')}</th>
                <th scope="col">{name(before)}</th>
                <th scope="col">{name(after)}</th>
                <th scope="col" className="num">
                  {l('colDifference')}
                </th>
              </tr>
            </thead>
            <tbody>
              {comparison.disagreements.map((d) => (
                <tr key={d.itemId}>
                  <th scope="row">
                    <span className="muted">{title(d.dimension)}:</span> {items.find((i) => i.id === d.itemId)?.prompt}
                  </th>
                  <td>{answerLabel(d.before)}</td>
                  <td>{answerLabel(d.after)}</td>
                  <td className="num">{formatDelta(d.difference)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="button-row no-print">
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {l('printCompare')}
        </button>
      </div>
    </section>
  );
}
