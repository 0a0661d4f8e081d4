import type { LocalizedDimension, LocalizedGuidance } from '@/lib/localize';
import { fillTemplate } from '@/lib/template';
import { BandBadge } from '@/components/band-badge';
import type { BandId } from '@/lib/content-schema';

/** One dimension's result with its guidance: interpretation, attributed quotation and next steps. */
export function GuidanceCard({
  dimension,
  score,
  band,
  bandName,
  guidance,
  labels,
  headingLevel = 3,
  priority,
}: {
  dimension: LocalizedDimension;
  score: number | null;
  band: BandId | null;
  bandName: string | null;
  /** A band card, a gate card or a hold card: all have a title, a body, a quotation and steps. */
  guidance: Pick<LocalizedGuidance, 'title' | 'body' | 'quote' | 'steps'> | null;
  labels: {
    score: string;
    band: string;
    nextSteps: string;
    quoteSource: string;
    /** For a quotation the post itself quotes: «{source}, zitiert in «{article}»». */
    quotedIn?: string;
    unscoredCard: string;
    notScored: string;
  };
  headingLevel?: 2 | 3;
  priority?: number;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="guidance-card" aria-labelledby={`card-${dimension.id}`}>
      <header className="guidance-card__head">
        <Heading id={`card-${dimension.id}`} className="guidance-card__title">
          {priority !== undefined && <span className="guidance-card__rank">{priority}.</span>} {dimension.title}
        </Heading>
        <p className="guidance-card__score">
          <span>
            {labels.score}: <strong>{score ?? labels.notScored}</strong>
          </span>
          {band && bandName && <BandBadge band={band} name={bandName} />}
        </p>
      </header>
      {guidance ? (
        <>
          <h4 className="guidance-card__advice">{guidance.title}</h4>
          <p>{guidance.body}</p>
          <figure className="quote">
            <blockquote lang="de-CH">
              <p>«{guidance.quote.original}»</p>
            </blockquote>
            {guidance.quote.translation && <p className="quote__translation">{guidance.quote.translation}</p>}
            <figcaption>
              —{' '}
              {guidance.quote.quotedFrom && labels.quotedIn
                ? fillTemplate(labels.quotedIn, { source: guidance.quote.quotedFrom, article: guidance.quote.articleTitle })
                : fillTemplate(labels.quoteSource, { article: guidance.quote.articleTitle })}
            </figcaption>
          </figure>
          <h5 className="guidance-card__steps-title">{labels.nextSteps}</h5>
          <ol className="guidance-card__steps">
            {guidance.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </>
      ) : (
        <p className="muted">{labels.unscoredCard}</p>
      )}
    </article>
  );
}
