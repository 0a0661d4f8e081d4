'use client';

import { useTranslations } from 'next-intl';
import type { LocalizedDimension } from '@/lib/localize';
import type { Notes } from '@/lib/schemas';

/** The coach's notes per topic, as plain text; in print on a page of their own. */
export function CoachNotes({ notes, dimensions, needTitle }: { notes: Notes; dimensions: readonly LocalizedDimension[]; needTitle: string }) {
  const t = useTranslations('results');
  const noted = [{ id: 'need' as const, title: needTitle }, ...dimensions].filter((d) => notes[d.id]);
  if (noted.length === 0) return null;
  return (
    <section className="coach-notes" aria-labelledby="notes-title">
      <h2 id="notes-title">{t('notesTitle')}</h2>
      <dl>
        {noted.map((d) => (
          <div key={d.id} className="coach-notes__entry">
            <dt>{d.title}</dt>
            <dd className="pre-line">{notes[d.id]}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
