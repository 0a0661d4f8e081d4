'use client';

import { useTranslations } from 'next-intl';
import { BandBadge } from '@/components/band-badge';
import { ChartWithTable } from '@/components/charts/chart-with-table';
import { TableHead } from '@/components/ui/table-head';
import type { DimensionId } from '@/lib/content-schema';
import type { LocalizedBand, LocalizedDimension } from '@/lib/localize';
import type { AssessmentResult } from '@/lib/scoring';

/** The radar chart with the same numbers in a table beside it: the table is the chart's text alternative. */
export function ScoreProfile({
  result,
  dimensions,
  bands,
  priorities,
}: {
  result: AssessmentResult;
  dimensions: readonly LocalizedDimension[];
  bands: readonly LocalizedBand[];
  priorities: readonly DimensionId[];
}) {
  const t = useTranslations('results');
  const title = (id: DimensionId) => dimensions.find((d) => d.id === id)?.title ?? id;
  const bandName = (id: string | null) => bands.find((b) => b.id === id)?.name ?? '';
  // An unscored dimension has no point on the chart (the table says why), never a made-up 0.
  const shortTitle = (id: DimensionId) => dimensions.find((d) => d.id === id)?.shortTitle ?? title(id);
  const rows = result.dimensions.map((d) => ({ label: title(d.dimension), shortLabel: shortTitle(d.dimension), current: d.score }));
  const chartLabel = `${t('chartAlt')} ${result.dimensions.map((d) => `${title(d.dimension)}: ${d.score ?? t('notScored')}`).join('; ')}.`;
  return (
    <section className="profile-chart" aria-labelledby="chart-title">
      <h2 id="chart-title">{t('chartTitle')}</h2>
      <ChartWithTable rows={rows} series={[{ key: 'current', name: t('seriesCurrent'), color: '#1f5566' }]} label={chartLabel} caption={t('chartAlt')}>
        <table className="score-table table-reflow">
          <caption>{t('tableCaption')}</caption>
          <TableHead
            columns={[
              { label: t('colDimension') },
              { label: t('colScore'), numeric: true },
              { label: t('colBand') },
              { label: t('colAnswers'), numeric: true, className: 'no-print-narrow' },
            ]}
          />
          <tbody>
            {result.dimensions.map((d) => (
              <tr key={d.dimension} className={priorities.includes(d.dimension) ? 'is-priority' : undefined}>
                <th scope="row">{title(d.dimension)}</th>
                <td className="num" data-label={t('colScore')}>
                  {d.score ?? <span className="muted">{t('notScored')}</span>}
                </td>
                <td data-label={t('colBand')}>{d.band ? <BandBadge band={d.band} name={bandName(d.band)} /> : '–'}</td>
                <td className="num no-print-narrow" data-label={t('colAnswers')}>{t('answersOf', { known: d.known + d.unknown, total: d.total - d.notApplicable })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ChartWithTable>
    </section>
  );
}
