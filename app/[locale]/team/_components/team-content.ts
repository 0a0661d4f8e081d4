import { content } from '@/content';
import type { Locale } from '@/lib/content-schema';
import { localizeContent } from '@/lib/localize';
import { toScoringModel } from '@/lib/scoring';
import type { TeamContent } from './types';

/** The slice of the content the team pages render, in one locale. */
export function teamContent(locale: Locale): TeamContent {
  const localized = localizeContent(content, locale);
  return {
    model: toScoringModel(content),
    dimensions: localized.dimensions.map((d) => ({ id: d.id, title: d.title, shortTitle: d.shortTitle, prompt: d.coachPrompts[0] ?? '' })),
    prompts: Object.fromEntries(localized.items.map((item) => [item.id, item.prompt])),
    items: content.items.map(({ id }) => ({ id })),
  };
}
