import { content } from '@/content';
import { channels } from '@/content/channels';
import { routing } from '@/i18n/routing';
import { localizeChannel } from '@/lib/channels';
import { guidancePath } from '@/lib/guidance';
import { localizeVariedContent } from '@/lib/localize';

// Written once at build time, one file per locale.
export const dynamic = 'force-static';
export const dynamicParams = false;

const fileOf = (locale: string) => guidancePath(locale).split('/').pop()!;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ file: fileOf(locale) }));
}

/**
 * What the results show below their first screen, in a locale with every wording variant (the results pick and word it
 * in the browser): the guidance cards, the gate and hold cards, and the channels' texts for the plan (not their
 * sources, which the Methode page shows).
 */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const locale = routing.locales.find((l) => fileOf(l) === file);
  if (!locale) return new Response('Not found', { status: 404 });
  const { guidance, gateGuidance, holdGuidance } = localizeVariedContent(content, locale);
  return Response.json({ guidance, gateGuidance, holdGuidance, channels: channels.map((c) => ({ ...localizeChannel(c, locale), facts: [] })) });
}
