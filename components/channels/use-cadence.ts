'use client';

import { useTranslations } from 'next-intl';
import { cadenceOf } from '@/lib/channels';

/** How often to post, as the owner reads it: «1 Beitrag alle 2 Wochen», «3 Beiträge pro Woche». */
export function useCadence(): (postsPerWeek: number) => string {
  const t = useTranslations('channels');
  return (postsPerWeek) => {
    const { kind, count } = cadenceOf(postsPerWeek);
    return kind === 'fortnight' ? t('cadence.fortnight') : t(`cadence.${kind}`, { count });
  };
}
