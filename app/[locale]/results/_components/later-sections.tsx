'use client';

import { useTranslations } from 'next-intl';
import type { DimensionId } from '@/lib/content-schema';
import type { Notes } from '@/lib/schemas';
import { CoachNotes } from './coach-notes';
import { Card, type CardsProps } from './guidance-sections';

/** Every other topic with its card; on screen only (the print keeps to the priorities). */
function OtherTopicsSection({ priorities, ...cards }: CardsProps & { priorities: readonly DimensionId[] }) {
  const t = useTranslations('results');
  return (
    <section className="all-dimensions no-print" aria-labelledby="all-title">
      <h2 id="all-title">{t('allTitle')}</h2>
      {cards.result.dimensions
        .filter((d) => !priorities.includes(d.dimension))
        .map((d) => (
          <Card key={d.dimension} id={d.dimension} {...cards} />
        ))}
    </section>
  );
}

/** The end of the results: every other topic, then the coach's notes. */
export function LaterSections({
  notes,
  needTitle,
  ...cards
}: CardsProps & { priorities: readonly DimensionId[]; notes: Notes; needTitle: string }) {
  return (
    <>
      <OtherTopicsSection {...cards} />
      <CoachNotes notes={notes} dimensions={cards.dimensions} needTitle={needTitle} />
    </>
  );
}
