import type { BandId } from '@/lib/content-schema';
import type { LocalizedBand, LocalizedNeedItem, LocalizedNeedLevel, LocalizedNeedStep, LocalizedVerdict } from '@/lib/localize';
import { VERDICT_MATRIX, type NeedAxis, type ReadinessAxis } from '@/lib/verdict';

export type AxesLabels = {
  title: string;
  intro: string;
  needTitle: string;
  needBody: string;
  needLevels: string;
  readinessTitle: string;
  readinessBody: string;
  matrixTitle: string;
  matrixCaption: string;
  colNeed: string;
  colGroundwork: string;
  colReady: string;
  colUnclear: string;
  rowUnclear: string;
  notNowBody: string;
  wordingTitle: string;
  wordingBody: string;
  weight: (weight: number) => string;
  range: (min: number, max: number) => string;
};

/** The Methode page's account of the two axes, need and readiness, and of the verdict matrix that joins them. */
export function AxesSection({
  need,
  needItems,
  needLevels,
  bands,
  verdicts,
  labels,
}: {
  need: LocalizedNeedStep;
  needItems: LocalizedNeedItem[];
  needLevels: LocalizedNeedLevel[];
  bands: LocalizedBand[];
  verdicts: LocalizedVerdict[];
  labels: AxesLabels;
}) {
  const rows: NeedAxis[] = ['high', 'moderate', 'low', 'unclear'];
  const columns: { axis: ReadinessAxis; label: string; bands: BandId[] }[] = [
    { axis: 'groundwork', label: labels.colGroundwork, bands: ['early', 'building'] },
    { axis: 'ready', label: labels.colReady, bands: ['ready', 'strong'] },
    { axis: 'unclear', label: labels.colUnclear, bands: [] },
  ];
  const verdictTitle = (row: NeedAxis, column: ReadinessAxis) =>
    verdicts.find((v) => v.id === VERDICT_MATRIX[row][column])?.title ?? '';
  const rowLabel = (row: NeedAxis) => (row === 'unclear' ? labels.rowUnclear : needLevels.find((l) => l.id === row)?.name ?? row);
  const bandNames = (ids: BandId[]) => ids.map((id) => bands.find((b) => b.id === id)?.name).filter(Boolean).join(', ');

  return (
    <section aria-labelledby="axes">
      <h2 id="axes">{labels.title}</h2>
      <p>{labels.intro}</p>

      <h3>{labels.needTitle}</h3>
      <p>{need.origin}</p>
      <figure className="quote">
        <blockquote lang="de-CH">
          <p>«{need.quote.original}»</p>
        </blockquote>
        {need.quote.translation && <p className="quote__translation">{need.quote.translation}</p>}
        <figcaption>— «{need.quote.articleTitle}»</figcaption>
      </figure>
      <p>{labels.needBody}</p>
      <ul>
        <li>{need.runner.legend}</li>
        <li>{need.market.legend}</li>
        {needItems.map((item) => (
          <li key={item.id}>
            {item.prompt} <span className="muted">({labels.weight(item.weight)})</span>
          </li>
        ))}
      </ul>
      <p>{labels.needLevels}</p>
      <dl className="band-list">
        {needLevels.map((level) => (
          <div key={level.id}>
            <dt>
              {level.name} <span className="muted">({labels.range(level.min, level.max)})</span>
            </dt>
            <dd>{level.meaning}</dd>
          </div>
        ))}
      </dl>

      <h3>{labels.readinessTitle}</h3>
      <p>{labels.readinessBody}</p>

      <h3 id="verdict-matrix">{labels.matrixTitle}</h3>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="verdict-matrix">
        <table className="question-table verdict-matrix">
          <caption>{labels.matrixCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{labels.colNeed}</th>
              {columns.map((c) => (
                <th key={c.axis} scope="col">
                  {c.label}
                  {c.bands.length > 0 && <span className="muted"> ({bandNames(c.bands)})</span>}
                </th>
              ))}
            </tr>
          </thead>
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
      </div>
      <p>{labels.notNowBody}</p>

      <h3>{labels.wordingTitle}</h3>
      <p>{labels.wordingBody}</p>
    </section>
  );
}
