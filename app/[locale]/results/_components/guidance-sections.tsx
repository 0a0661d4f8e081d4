'use client';

import { useTranslations } from 'next-intl';
import type { DimensionId } from '@/lib/content-schema';
import type { GuidancePick } from '@/lib/guidance';
import type { LocalizedBand, LocalizedDimension, LocalizedGuidance } from '@/lib/localize';
import type { AssessmentResult } from '@/lib/scoring';
import { GuidanceCard } from './guidance-card';

export type CardsProps = {
  result: AssessmentResult;
  dimensions: readonly LocalizedDimension[];
  bands: readonly LocalizedBand[];
  picks: readonly GuidancePick<Pick<LocalizedGuidance, 'title' | 'body' | 'quote' | 'steps'>>[];
};

export function Card({ id, result, dimensions, bands, picks, priority }: CardsProps & { id: DimensionId; priority?: number }) {
  const dimension = dimensions.find((d) => d.id === id)!;
  const scored = result.dimensions.find((d) => d.dimension === id)!;
  return (
    <GuidanceCard
      dimension={dimension}
      score={scored.score}
      band={scored.band}
      bandName={bands.find((b) => b.id === scored.band)?.name ?? null}
      guidance={picks.find((p) => p.dimension === id)?.guidance ?? null}
      priority={priority}
    />
  );
}

/** The three weakest topics, each with what to do next. */
export function PrioritiesSection({
  priorities,
  later,
  ...cards
}: CardsProps & { priorities: readonly DimensionId[]; later: boolean }) {
  const tv = useTranslations('verdict');
  const t = useTranslations('results');
  return (
    <section className="priorities" aria-labelledby="priorities-title">
      <h2 id="priorities-title">{t('prioritiesTitle')}</h2>
      {priorities.length > 0 ? (
        <>
          {/* For a firm that needs no channel now, the priorities are what to lay down should that change. */}
          <p className="muted">{later ? tv('prioritiesIfLater') : t('prioritiesIntro')}</p>
          {priorities.map((id, index) => (
            <Card key={id} id={id} priority={index + 1} {...cards} />
          ))}
        </>
      ) : (
        <p>{t('noPriorities')}</p>
      )}
    </section>
  );
}
