import { getTranslations } from 'next-intl/server';
import { limits } from '@/lib/schemas';
import type { ProfileLabels } from './profile-form';

/** The profile form's texts in one locale, prepared on the server. */
export async function getProfileLabels(locale: string): Promise<ProfileLabels> {
  const tp = await getTranslations({ locale, namespace: 'profile' });
  return {
    companyName: tp('companyName'),
    industry: tp('industry'),
    size: tp('size'),
    sizeNone: tp('sizeNone'),
    sizes: { '1-9': tp('size1-9'), '10-49': tp('size10-49'), '50-249': tp('size50-249') },
    market: tp('market'),
    marketNone: tp('marketNone'),
    markets: { b2b: tp('marketb2b'), b2c: tp('marketb2c'), mixed: tp('marketmixed') },
    save: tp('save'),
    saved: tp('saved'),
    companyNameTooLong: tp('tooLong', { max: limits.companyName }),
    industryTooLong: tp('tooLong', { max: limits.industry }),
  };
}
