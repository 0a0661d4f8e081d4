'use client';

import { useTranslations } from 'next-intl';
import type { CoachProfile } from '@/lib/schemas';

/**
 * The coach's letterhead: logo, name, firm and contact line, on screen and on paper. Shared by the results and the
 * team view; the caller decides when it applies (checks run in coach mode) and hands over the `letterhead` messages.
 */
export function Letterhead({ profile }: { profile: CoachProfile }) {
  const t = useTranslations('letterhead');
  const contact = [profile.phone, profile.email, profile.website].filter(Boolean);
  return (
    <div className="letterhead" role="group" aria-label={t('label')}>
      {profile.logo && (
        // A data URL re-encoded in the browser: next/image has nothing to optimise here.
        // eslint-disable-next-line @next/next/no-img-element
        <img className="letterhead__logo" src={profile.logo} alt={profile.firm ?? t('logoPreview')} />
      )}
      <div className="letterhead__text">
        {profile.name && <p className="letterhead__name">{profile.name}</p>}
        {profile.firm && <p className="letterhead__firm">{profile.firm}</p>}
        {contact.length > 0 && <p className="letterhead__contact">{contact.join(' · ')}</p>}
      </div>
    </div>
  );
}
