import { defineRouting } from 'next-intl/routing';

export const routing = defineRouting({
  locales: ['de', 'en'],
  defaultLocale: 'de',
  localePrefix: 'always',
  // No locale cookie: the app sets nothing beyond what the user asks for.
  localeCookie: false,
});
