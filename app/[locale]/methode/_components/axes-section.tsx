import { getTranslations } from 'next-intl/server';
import { Quotation } from '@/components/ui/quotation';
import { ScrollTable } from '@/components/ui/scroll-table';
import { TableHead } from '@/components/ui/table-head';
import type { BandId } from '@/lib/content-schema';
import type { LocalizedBand, LocalizedNeedItem, LocalizedNeedLevel, LocalizedNeedStep, LocalizedVerdict } from '@/lib/localize';
import { MIN_NEED_ANSWERS } from '@/lib/need';
import { VERDICT_MATRIX, type NeedAxis, type ReadinessAxis } from '@/lib/verdict';

/** The Methode page's account of the two axes, need and readiness, and of the verdict matrix that joins them. */
export async function AxesSection({
  need,
  needItems,
  needLevels,
  bands,
  verdicts,
}: {
  need: LocalizedNeedStep;
  needItems: LocalizedNeedItem[];
  needLevels: LocalizedNeedLevel[];
  bands: LocalizedBand[];
  verdicts: LocalizedVerdict[];
}) {
  const t = await getTranslations('axes');
  const tm = await getTranslations('method');
  const rows: NeedAxis[] = ['high', 'moderate', 'low', 'unclear'];
  const columns: { axis: ReadinessAxis; label: string; bands: BandId[] }[] = [
    { axis: 'groundwork', label: t('colGroundwork'), bands: ['early', 'building'] },
    { axis: 'ready', label: t('colReady'), bands: ['ready', 'strong'] },
    { axis: 'unclear', label: t('colUnclear'), bands: [] },
  ];
  const verdictTitle = (row: NeedAxis, column: ReadinessAxis) =>
    verdicts.find((v) => v.id === VERDICT_MATRIX[row][column])?.title ?? '';
  const rowLabel = (row: NeedAxis) => (row === 'unclear' ? t('rowUnclear') : needLevels.find((l) => l.id === row)?.name ?? row);
  const bandNames = (ids: BandId[]) => ids.map((id) => bands.find((b) => b.id === id)?.name).filter(Boolean).join(', ');

  return (
    <section aria-labelledby="axes">
      <h2 id="axes">{t('title')}</h2>
      <p>{t('intro')}</p>

      <h3>{t('needTitle')}</h3>
      <p>{need.origin}</p>
      <Quotation original={need.quote.original} translation={need.quote.translation} source={`«${need.quote.articleTitle}»`} />
      <p>{t('needBody', { min: MIN_NEED_ANSWERS })}</p>
      <ul>
        <li>{need.runner.legend}</li>
        <li>{need.market.legend}</li>
        {needItems.map((item) => (
          <li key={item.id}>
            {item.prompt} <span className="muted">({tm('weight', { weight: item.weight })})</span>
          </li>
        ))}
      </ul>
      <p>{t('needLevels')}</p>
      <dl className="band-list">
        {needLevels.map((level) => (
          <div key={level.id}>
            <dt>
              {level.name} <span className="muted">({tm('bandRange', { min: level.min, max: level.max })})</span>
            </dt>
            <dd>{level.meaning}</dd>
          </div>
        ))}
      </dl>

      <h3>{t('readinessTitle')}</h3>
      <p>{t('readinessBody')}</p>

      <h3 id="verdict-matrix">{t('matrixTitle')}</h3>
      <ScrollTable labelledBy="verdict-matrix">
        <table className="question-table verdict-matrix">
          <caption>{t('matrixCaption')}</caption>
          <TableHead
            columns={[
              { label: t('colNeed') },
              ...columns.map((c) => ({
                key: c.axis,
                label: c.bands.length > 0 ? <>{c.label}<span className="muted"> ({bandNames(c.bands)})</span></> : c.label,
              })),
            ]}
          />
          <tbody>
            {rows.map((row) => (
              <tr key={row}>
                <th scope="row">{rowLabel(row)}</th>
                {columns.map((c) => (
                  <td key={c.axis}>{verdictTitle(row, c.axis)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <p>{t('notNowBody')}</p>

      <h3>{t('wordingTitle')}</h3>
      <p>{t('wordingBody')}</p>
    </section>
  );
}
