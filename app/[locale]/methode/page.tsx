import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { content } from '@/content';
import type { Locale } from '@/lib/content-schema';
import { localizeArticleQuestions, localizeContent } from '@/lib/localize';
import { MIN_NEED_ANSWERS } from '@/lib/need';
import { GATE_CAP, MIN_SCORED_DIMENSIONS } from '@/lib/scoring';
import { AxesSection } from './_components/axes-section';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'method' });
  return { title: t('title') };
}

export default async function MethodPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'method' });
  const ta = await getTranslations({ locale, namespace: 'axes' });
  const localized = localizeContent(content, locale);
  const questions = localizeArticleQuestions(content.articleQuestions, locale);
  const capName = localized.bands.find((b) => b.id === GATE_CAP)?.name ?? '';
  const topName = localized.bands.find((b) => b.id === 'strong')?.name ?? '';
  const itemById = new Map([
    ...localized.needItems.map((i) => [i.id, { prompt: i.prompt, topic: localized.need.title }] as const),
    ...localized.items.map((i) => [i.id, { prompt: i.prompt, topic: localized.dimensions.find((d) => d.id === i.dimension)!.title }] as const),
  ]);

  return (
    <article className="method">
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>

      <AxesSection
        need={localized.need}
        needItems={localized.needItems}
        needLevels={localized.needLevels}
        bands={localized.bands}
        verdicts={localized.verdicts}
        labels={{
          title: ta('title'),
          intro: ta('intro'),
          needTitle: ta('needTitle'),
          needBody: ta('needBody', { min: MIN_NEED_ANSWERS }),
          needLevels: ta('needLevels'),
          readinessTitle: ta('readinessTitle'),
          readinessBody: ta('readinessBody'),
          matrixTitle: ta('matrixTitle'),
          matrixCaption: ta('matrixCaption'),
          colNeed: ta('colNeed'),
          colGroundwork: ta('colGroundwork'),
          colReady: ta('colReady'),
          colUnclear: ta('colUnclear'),
          rowUnclear: ta('rowUnclear'),
          notNowBody: ta('notNowBody'),
          wordingTitle: ta('wordingTitle'),
          wordingBody: ta('wordingBody'),
          weight: (weight) => t('weight', { weight }),
          range: (min, max) => t('bandRange', { min, max }),
        }}
      />

      <section aria-labelledby="scale">
        <h2 id="scale">{t('scaleTitle')}</h2>
        <p>{t('scaleBody')}</p>
        <ul className="scale-list">
          {localized.scale.points.map((p) => (
            <li key={p.value}>
              {p.label}: <strong>{(p.value - 1) * 25}</strong>
            </li>
          ))}
        </ul>
        <p>{t('unknownBody')}</p>
        <p>{t('naBody')}</p>
      </section>

      <section aria-labelledby="dimension-score">
        <h2 id="dimension-score">{t('dimensionTitle')}</h2>
        <p>{t('dimensionBody')}</p>
      </section>

      <section aria-labelledby="overall">
        <h2 id="overall">{t('overallTitle')}</h2>
        <p>{t('overallBody', { min: MIN_SCORED_DIMENSIONS })}</p>
        <dl className="band-list">
          {localized.bands.map((b) => (
            <div key={b.id}>
              <dt>
                {b.name} <span className="muted">({t('bandRange', { min: b.min, max: b.max })})</span>
              </dt>
              <dd>{b.meaning}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="gates">
        <h2 id="gates">{t('gatesTitle')}</h2>
        <p>{t('gatesBody', { cap: capName, top: topName })}</p>
        <ul>
          {localized.items
            .filter((i) => i.gate)
            .map((i) => (
              <li key={i.id}>«{i.prompt}»</li>
            ))}
        </ul>
      </section>

      <section aria-labelledby="priorities">
        <h2 id="priorities">{t('prioritiesTitle')}</h2>
        <p>{t('prioritiesBody')}</p>
      </section>

      <section aria-labelledby="origins">
        <h2 id="origins">{t('originsTitle')}</h2>
        <p>{t('originsBody')}</p>
        {localized.dimensions.map((d) => {
          const dimensionItems = localized.items.filter((i) => i.dimension === d.id);
          return (
            <section key={d.id} className="card method__dimension" aria-labelledby={`origin-${d.id}`}>
              <h3 id={`origin-${d.id}`}>{d.title}</h3>
              <p>{d.origin}</p>
              <figure className="quote">
                <blockquote lang="de-CH">
                  <p>«{d.quote.original}»</p>
                </blockquote>
                {d.quote.translation && <p className="quote__translation">{d.quote.translation}</p>}
                <figcaption>— «{d.quote.articleTitle}»</figcaption>
              </figure>
              <details>
                <summary>{t('itemsCount', { count: dimensionItems.length })}</summary>
                <ul>
                  {dimensionItems.map((i) => (
                    <li key={i.id}>
                      {i.prompt}{' '}
                      <span className="muted">
                        ({t('weight', { weight: i.weight })}
                        {i.gate ? `, ${t('gate')}` : ''})
                      </span>
                    </li>
                  ))}
                </ul>
              </details>
            </section>
          );
        })}
      </section>

      <section aria-labelledby="questions">
        <h2 id="questions">{t('questionsTitle')}</h2>
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="questions">
          <table className="question-table">
            <thead>
              <tr>
                <th scope="col">{t('colQuestion')}</th>
                <th scope="col">{t('colItems')}</th>
              </tr>
            </thead>
            <tbody>
              {questions.map((q) => (
                <tr key={q.id}>
                  <td>
                    <span lang="de-CH">«{q.original}»</span>
                    {q.translation && <span className="quote__translation"> {q.translation}</span>}
                    {q.quotedFrom && <span className="muted"> ({q.quotedFrom})</span>}
                  </td>
                  <td>
                    <ul className="compact-list">
                      {q.items.map((id) => {
                        const item = itemById.get(id);
                        return item ? (
                          <li key={id}>
                            <span className="muted">{item.topic}:</span> {item.prompt}
                          </li>
                        ) : null;
                      })}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </article>
  );
}
