import type { LocalizedChannel } from '@/lib/channels';
import type { Locale } from '@/lib/content-schema';
import { guidancePath } from '@/lib/guidance';
import type { VariedContent } from '@/lib/localize';

/** What the results fetch for below their first screen (app/guidance/[file]/route.ts): cards, and the channels' texts. */
export type ResultsCards = Pick<VariedContent, 'guidance' | 'gateGuidance' | 'holdGuidance'> & { channels: LocalizedChannel[] };

const requests = new Map<Locale, Promise<ResultsCards>>();

const isList = (value: unknown, nonEmpty: boolean) => Array.isArray(value) && (!nonEmpty || value.length > 0);

/**
 * The cards and channel texts of a locale, fetched once per page (once its first screen is painted); rejects when they
 * cannot be had or are not what this version reads, and a later call asks again.
 */
export function loadGuidance(locale: Locale): Promise<ResultsCards> {
  const known = requests.get(locale);
  if (known) return known;
  const request = fetch(guidancePath(locale)).then(async (response) => {
    if (!response.ok) throw new Error(`guidance: HTTP ${response.status}`);
    const file: unknown = await response.json();
    const parts = (file ?? {}) as Partial<Record<keyof ResultsCards, unknown>>;
    if (!isList(parts.guidance, true) || !isList(parts.gateGuidance, false) || !isList(parts.holdGuidance, false) || !isList(parts.channels, true)) {
      throw new Error('guidance: not a cards file of this version');
    }
    return file as ResultsCards;
  });
  requests.set(locale, request);
  request.catch(() => requests.delete(locale));
  return request;
}
