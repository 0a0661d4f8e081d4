import { content } from '@/content';
import { routing } from '@/i18n/routing';
import { guidancePath } from '@/lib/guidance';
import { localizeVariedContent } from '@/lib/localize';

// Written once at build time, one file per locale.
export const dynamic = 'force-static';
export const dynamicParams = false;

const fileOf = (locale: string) => guidancePath(locale).split('/').pop()!;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ file: fileOf(locale) }));
}

/** A locale's guidance cards with every wording variant: the results pick and word them in the browser. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const locale = routing.locales.find((l) => fileOf(l) === file);
  if (!locale) return new Response('Not found', { status: 404 });
  return Response.json(localizeVariedContent(content, locale).guidance);
}
