import { useTranslations } from 'next-intl';
import { BandBadge } from '@/components/band-badge';
import { Quotation } from '@/components/ui/quotation';
import type { BandId } from '@/lib/content-schema';
import type { LocalizedDimension, LocalizedGuidance } from '@/lib/localize';

/** One dimension's result with its guidance: interpretation, attributed quotation and next steps. */
export function GuidanceCard({
  dimension,
  score,
  band,
  bandName,
  guidance,
  priority,
}: {
  dimension: LocalizedDimension;
  score: number | null;
  band: BandId | null;
  bandName: string | null;
  /** A band card, a gate card or a hold card: all have a title, a body, a quotation and steps. */
  guidance: Pick<LocalizedGuidance, 'title' | 'body' | 'quote' | 'steps'> | null;
  priority?: number;
}) {
  const t = useTranslations('results');
  const tv = useTranslations('verdict');
  return (
    <article className="guidance-card" aria-labelledby={`card-${dimension.id}`}>
      <header className="guidance-card__head">
        <h3 id={`card-${dimension.id}`} className="guidance-card__title">
          {priority !== undefined && <span className="guidance-card__rank">{priority}.</span>} {dimension.title}
        </h3>
        <p className="guidance-card__score">
          <span>
            {t('score')}: <strong>{score ?? t('notScored')}</strong>
          </span>
          {band && bandName && <BandBadge band={band} name={bandName} />}
        </p>
      </header>
      {guidance ? (
        <>
          <h4 className="guidance-card__advice">{guidance.title}</h4>
          <p>{guidance.body}</p>
          <Quotation
            original={guidance.quote.original}
            translation={guidance.quote.translation}
            source={
              guidance.quote.quotedFrom
                ? tv('quotedIn', { source: guidance.quote.quotedFrom, article: guidance.quote.articleTitle })
                : t('quoteSource', { article: guidance.quote.articleTitle })
            }
          />
          <h5 className="guidance-card__steps-title">{t('nextSteps')}</h5>
          <ol className="guidance-card__steps">
            {guidance.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </>
      ) : (
        <p className="muted">{t('unscoredCard')}</p>
      )}
    </article>
  );
}
