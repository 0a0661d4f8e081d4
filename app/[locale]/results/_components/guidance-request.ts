import type { Locale } from '@/lib/content-schema';
import { guidancePath } from '@/lib/guidance';
import type { VariedContent } from '@/lib/localize';

export type VariedGuidance = VariedContent['guidance'];

const requests = new Map<Locale, Promise<VariedGuidance>>();

/**
 * The guidance cards of a locale, fetched once per page (once its first screen is painted); rejects when they
 * cannot be had, and a later call asks again.
 */
export function loadGuidance(locale: Locale): Promise<VariedGuidance> {
  const known = requests.get(locale);
  if (known) return known;
  const request = fetch(guidancePath(locale)).then(async (response) => {
    if (!response.ok) throw new Error(`guidance: HTTP ${response.status}`);
    const cards: unknown = await response.json();
    if (!Array.isArray(cards) || cards.length === 0) throw new Error('guidance: no cards');
    return cards as VariedGuidance;
  });
  requests.set(locale, request);
  request.catch(() => requests.delete(locale));
  return request;
}
