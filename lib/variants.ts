import type { Locale, Localized, Market, RunnerId, TextMarket, Varied } from './content-schema';

/** What the wording and the weights follow: who runs the channels and whom the firm mainly sells to. */
export type TextContext = { runner?: RunnerId; market?: TextMarket };

/** A text of one locale with its variants, as the browser receives it before the runner and market are known. */
export type VariedText = { text: string; runner?: Partial<Record<RunnerId, string>>; market?: Partial<Record<TextMarket, string>> };

/** Reads the wording context from a profile; «mixed» and a missing market keep the neutral wording. */
export function contextOf(profile: { runner?: RunnerId; market?: Market } | null | undefined): TextContext {
  const context: TextContext = {};
  if (profile?.runner) context.runner = profile.runner;
  if (profile?.market === 'b2b' || profile?.market === 'b2c') context.market = profile.market;
  return context;
}

/** Picks the wording for a context: the runner's variant, else the market's, else the neutral text. */
export function pickText(text: VariedText, context: TextContext): string {
  const byRunner = context.runner ? text.runner?.[context.runner] : undefined;
  if (byRunner !== undefined) return byRunner;
  const byMarket = context.market ? text.market?.[context.market] : undefined;
  return byMarket ?? text.text;
}

/** Picks the wording of a bilingual varied text for a locale and a context. */
export function pickVaried(text: Varied, locale: Locale, context: TextContext): string {
  return pickText(localizeVaried(text, locale), context);
}

/** Turns a bilingual varied text into the texts of one locale, variants kept. */
export function localizeVaried(text: Varied | Localized, locale: Locale): VariedText {
  const out: VariedText = { text: text[locale] };
  if ('runner' in text && text.runner) {
    out.runner = Object.fromEntries(Object.entries(text.runner).map(([k, v]) => [k, v[locale]])) as VariedText['runner'];
  }
  if ('market' in text && text.market) {
    out.market = Object.fromEntries(Object.entries(text.market).map(([k, v]) => [k, v[locale]])) as VariedText['market'];
  }
  return out;
}

/** The weight an item counts with in a market (its base weight unless the content says otherwise). */
export function weightFor(item: { weight: number; weightByMarket?: Partial<Record<TextMarket, number>> }, context: TextContext): number {
  return (context.market && item.weightByMarket?.[context.market]) || item.weight;
}
