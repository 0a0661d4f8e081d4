import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { content } from '@/content';
import type { Locale } from '@/lib/content-schema';
import { localizeArticleQuestions, localizeContent } from '@/lib/localize';
import { channels, smeFacts } from '@/content/channels';
import { Quotation } from '@/components/ui/quotation';
import { ScrollTable } from '@/components/ui/scroll-table';
import { TableHead } from '@/components/ui/table-head';
import type { SourcedFact } from '@/lib/content-schema';
import { MAX_CHANNELS, PRESENCE_MINUTES } from '@/lib/channels';
import { GATE_CAP, MIN_SCORED_DIMENSIONS, scoreItem } from '@/lib/scoring';
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
  const localized = localizeContent(content, locale);
  const questions = localizeArticleQuestions(content.articleQuestions, locale);
  const capName = localized.bands.find((b) => b.id === GATE_CAP)?.name ?? '';
  const topName = localized.bands.find((b) => b.id === 'strong')?.name ?? '';
  const itemById = new Map([
    ...localized.needItems.map((i) => [i.id, { prompt: i.prompt, topic: localized.need.title }] as const),
    ...localized.items.map((i) => [i.id, { prompt: i.prompt, topic: localized.dimensions.find((d) => d.id === i.dimension)!.title }] as const),
  ]);
  const fact = (f: SourcedFact) => (
    <li key={f.text.de}>
      {f.text[locale]} <span className="muted">({t('factSource', { publisher: f.publisher, study: f.study, year: f.year })}{f.old ? `; ${t('factOld')}` : ''})</span>
    </li>
  );

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
      />

      <section aria-labelledby="scale">
        <h2 id="scale">{t('scaleTitle')}</h2>
        <p>{t('scaleBody')}</p>
        <ul className="scale-list">
          {localized.scale.points.map((p) => (
            <li key={p.value}>
              {p.label}: <strong>{scoreItem(p.value)}</strong>
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

      <section aria-labelledby="channels">
        <h2 id="channels">{t('channelsTitle')}</h2>
        <p>{t('channelsBody')}</p>
        <p>{t('channelsBudget', { presence: PRESENCE_MINUTES, max: MAX_CHANNELS })}</p>
        <p>{t('channelsGate')}</p>
        <p>{t('channelsAssumption')}</p>
        <ScrollTable labelledBy="channels">
          <table className="question-table">
            <TableHead columns={[{ label: t('channelsColChannel') }, { label: t('channelsColRhythm') }, { label: t('channelsColFacts') }]} />
            <tbody>
              {channels.map((c) => (
                <tr key={c.id}>
                  <th scope="row">{c.name[locale]}</th>
                  <td>{t('channelsRhythm', { posts: c.rhythm.minPosts, minutes: c.rhythm.minutesPerPost, replies: c.rhythm.replyMinutes })}</td>
                  <td>{c.facts.length > 0 ? <ul className="compact-list">{c.facts.map(fact)}</ul> : <span className="muted">{t('channelsNoFacts')}</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
        <h3>{t('smeTitle')}</h3>
        <ul>{smeFacts.map(fact)}</ul>
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
              <Quotation original={d.quote.original} translation={d.quote.translation} source={`«${d.quote.articleTitle}»`} />
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
        <ScrollTable labelledBy="questions">
          <table className="question-table">
            <TableHead columns={[{ label: t('colQuestion') }, { label: t('colItems') }]} />
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
        </ScrollTable>
      </section>
    </article>
  );
}
