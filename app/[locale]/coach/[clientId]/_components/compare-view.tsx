'use client';

import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { ChartWithTable } from '@/components/charts/chart-with-table';
import type { RadarSeries } from '@/components/charts/radar-chart';
import { printWhenReady } from '@/components/ui/print-readiness';
import { ScrollTable } from '@/components/ui/scroll-table';
import { TableHead } from '@/components/ui/table-head';
import type { DimensionId, Locale } from '@/lib/content-schema';
import { compareAssessments, compareChannelPlans, formatDelta, type ChannelComparison } from '@/lib/compare';
import type { ChannelId } from '@/lib/channel-schema';
import { planForAssessment } from '@/lib/channels';
import { scoreAssessment } from '@/lib/scoring';
import { useCadence } from '@/components/channels/use-cadence';
import { contextOf } from '@/lib/variants';
import { formatDate } from '@/lib/dates';
import type { Assessment, Client } from '@/lib/schemas';
import type { ClientPageContent } from './types';

/** Two checks of one client side by side: both outlines and the targets, deltas, changed priorities, disagreements. */
export function CompareView({
  client,
  assessments,
  content,
  locale,
}: {
  client: Client;
  assessments: Assessment[];
  content: ClientPageContent;
  locale: Locale;
}) {
  const t = useTranslations('coach');
  const id = useId();
  const [beforeId, setBeforeId] = useState(assessments.at(-2)?.id ?? '');
  const [afterId, setAfterId] = useState(assessments.at(-1)?.id ?? '');

  if (assessments.length < 2) {
    return (
      <section aria-labelledby={`${id}-title`} className="compare no-print">
        <h2 id={`${id}-title`}>{t('compareTitle')}</h2>
        <p>{t('compareNeedTwo')}</p>
      </section>
    );
  }

  const before = assessments.find((a) => a.id === beforeId) ?? assessments.at(-2)!;
  const after = assessments.find((a) => a.id === afterId) ?? assessments.at(-1)!;
  const comparison = compareAssessments(before.answers, after.answers, content.model, client.targets, {
    before: contextOf(before.profile),
    after: contextOf(after.profile),
  });
  const title = (dimension: DimensionId) => content.dimensions.find((d) => d.id === dimension)?.title ?? dimension;
  const name = (a: Assessment) => t('assessmentName', { date: formatDate(a.createdAt, locale), respondent: t(a.respondent) });
  const hasTargets = comparison.dimensions.some((d) => d.target !== null);
  // An unscored dimension is left out of its outline (as targets are), never drawn as a score of 0.
  const shortTitle = (dimension: DimensionId) => content.dimensions.find((d) => d.id === dimension)?.shortTitle ?? title(dimension);
  const rows = comparison.dimensions.map((d) => ({
    label: title(d.dimension),
    shortLabel: shortTitle(d.dimension),
    before: d.before,
    after: d.after,
    target: d.target,
  }));
  // A check with no scored dimension yet (one just started) has no outline to draw: an empty path is invalid SVG.
  const drawable = (key: 'before' | 'after') => rows.some((r) => r[key] !== null);
  const series: RadarSeries[] = [
    ...(drawable('before') ? [{ key: 'before', name: name(before), color: '#6b7b86', dashed: true, fillOpacity: 0.08 }] : []),
    ...(drawable('after') ? [{ key: 'after', name: name(after), color: '#1f5566', fillOpacity: 0.2 }] : []),
    ...(hasTargets ? [{ key: 'target', name: t('targetSeries'), color: '#b4531f', dashed: true, fillOpacity: 0 }] : []),
  ];
  const chartLabel = `${t('compareChart')} ${series.map((s) => s.name).join(', ')}. ${comparison.dimensions
    .map((d) => `${title(d.dimension)}: ${d.before ?? '–'} → ${d.after ?? '–'}`)
    .join('; ')}.`;
  const planOf = (a: Assessment) => planForAssessment(a, scoreAssessment(a.answers, content.model, contextOf(a.profile)), content.channels);
  const answerLabel = (value: unknown) => (value === undefined ? '–' : (content.scaleLabels[String(value)] ?? String(value)));
  const dated = (label: string, assessment: Assessment) => (
    <>
      {label} <span className="th-date">({formatDate(assessment.createdAt, locale)})</span>
    </>
  );
  const pickers = [
    { key: 'before', label: t('compareBefore'), value: before.id, onChange: setBeforeId },
    { key: 'after', label: t('compareAfter'), value: after.id, onChange: setAfterId },
  ];

  return (
    <section aria-labelledby={`${id}-title`} className="compare">
      <h2 id={`${id}-title`}>{t('compareTitle')}</h2>
      <div className="compare__pickers no-print">
        {pickers.map((picker) => (
          <div key={picker.key} className="field">
            <label htmlFor={`${id}-${picker.key}`}>{picker.label}</label>
            <select id={`${id}-${picker.key}`} value={picker.value} onChange={(e) => picker.onChange(e.target.value)}>
              {assessments.map((a) => (
                <option key={a.id} value={a.id}>
                  {name(a)}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      <p className="print-only">
        {t('compareBefore')}: {name(before)} · {t('compareAfter')}: {name(after)}
      </p>

      <ChartWithTable rows={rows} series={series} label={chartLabel}>
        <ScrollTable label={t('compareCaption')}>
        <table className="score-table">
          <caption>{t('compareCaption')}</caption>
          <TableHead
            columns={[
              { label: t('colDimension') },
              { key: 'before', numeric: true, label: dated(t('colBefore'), before) },
              { key: 'after', numeric: true, label: dated(t('colAfter'), after) },
              ...[t('colDelta'), ...(hasTargets ? [t('colTarget'), t('colToTarget')] : [])].map((label) => ({ label, numeric: true })),
            ]}
          />
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
              <th scope="row">{t('overallRow')}</th>
              <td className="num">{comparison.overallBefore ?? '–'}</td>
              <td className="num">{comparison.overallAfter ?? '–'}</td>
              <td className="num delta">{formatDelta(comparison.overallDelta)}</td>
              {hasTargets && <td colSpan={2} />}
            </tr>
          </tfoot>
        </table>
        </ScrollTable>
      </ChartWithTable>

      <h3>{t('prioritiesChanged')}</h3>
      {comparison.newPriorities.length === 0 && comparison.resolvedPriorities.length === 0 ? (
        <p>{t('samePriorities')}</p>
      ) : (
        <ul>
          {comparison.newPriorities.length > 0 && (
            <li>
              {t('newPriorities')} {comparison.newPriorities.map(title).join(', ')}
            </li>
          )}
          {comparison.resolvedPriorities.length > 0 && (
            <li>
              {t('resolvedPriorities')} {comparison.resolvedPriorities.map(title).join(', ')}
            </li>
          )}
        </ul>
      )}

      <ChannelChanges
        comparison={compareChannelPlans(planOf(before), planOf(after))}
        names={content.channelNames}
        beforeName={name(before)}
        afterName={name(after)}
      />

      <h3>{t('disagreementsTitle')}</h3>
      <p className="muted">{t('disagreementsIntro')}</p>
      {comparison.disagreements.length === 0 ? (
        <p>{t('noDisagreements')}</p>
      ) : (
        <ScrollTable label={t('disagreementsTitle')}>
          <table className="data-table disagreements table-reflow">
            <TableHead
              columns={[
                { label: t('colItem') },
                { key: 'before', label: name(before) },
                { key: 'after', label: name(after) },
                { label: t('colDifference'), numeric: true },
              ]}
            />
            <tbody>
              {comparison.disagreements.map((d) => (
                <tr key={d.itemId}>
                  <th scope="row">
                    <span className="muted">{title(d.dimension)}:</span> {content.prompts[d.itemId]}
                  </th>
                  <td data-label={name(before)}>{answerLabel(d.before)}</td>
                  <td data-label={name(after)}>{answerLabel(d.after)}</td>
                  <td className="num" data-label={t('colDifference')}>
                    {formatDelta(d.difference)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
      <div className="button-row no-print">
        <button type="button" className="button button--secondary" onClick={() => void printWhenReady()}>
          {t('printCompare')}
        </button>
      </div>
    </section>
  );
}

/** What changed in the channel plan between the two checks: the hours, the channels, their rhythm. */
function ChannelChanges({
  comparison,
  names,
  beforeName,
  afterName,
}: {
  comparison: ChannelComparison;
  names: Record<ChannelId, string>;
  beforeName: string;
  afterName: string;
}) {
  const t = useTranslations('coach');
  const tc = useTranslations('channels');
  const cadence = useCadence();
  const id = useId();
  if (comparison.status === 'missing') {
    const which = comparison.before && comparison.after ? 'both' : comparison.before ? 'before' : 'after';
    return (
      <>
        <h3>{t('channelsCompareTitle')}</h3>
        <p>{t('channelsCompareMissing', { which, before: beforeName, after: afterName })}</p>
      </>
    );
  }
  const posts = (value: number | null) => (value === null ? t('channelsNotInPlan') : cadence(value));
  const presence = (channel: ChannelId | null) => (channel ? names[channel] : t('channelsNotInPlan'));
  return (
    <>
      <h3>{t('channelsCompareTitle')}</h3>
      <p>
        {t('channelsCompareHours', { before: comparison.hoursBefore, after: comparison.hoursAfter })}
        {comparison.statusBefore !== comparison.statusAfter &&
          ` ${t('channelsCompareStatus', { before: t(`channelsStatus.${comparison.statusBefore}`), after: t(`channelsStatus.${comparison.statusAfter}`) })}`}
      </p>
      {comparison.unchanged ? (
        <p>{t('channelsUnchanged')}</p>
      ) : (
        <ScrollTable labelledBy={`${id}-channels`}>
          <table className="data-table table-reflow">
            <caption id={`${id}-channels`}>{t('channelsCompareCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{tc('colChannel')}</th>
                <th scope="col">{beforeName}</th>
                <th scope="col">{afterName}</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">{tc('presenceRow')}</th>
                <td data-label={beforeName}>{presence(comparison.presenceBefore)}</td>
                <td data-label={afterName}>{presence(comparison.presenceAfter)}</td>
              </tr>
              {comparison.channels.map((c) => (
                <tr key={c.channel}>
                  <th scope="row">{names[c.channel]}</th>
                  <td data-label={beforeName}>{posts(c.before)}</td>
                  <td data-label={afterName}>{posts(c.after)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </>
  );
}
