'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { Letterhead } from '@/components/letterhead';
import type { Locale } from '@/lib/content-schema';
import { formatDate } from '@/lib/dates';
import type { Assessment, CoachProfile } from '@/lib/schemas';

/**
 * The page title with what the results are of: company, profile, date, who answered, the coach; the print date on
 * paper. `letterhead` (checks run in coach mode) heads it; `aside` sits beside it on paper (the QR code).
 */
export function ResultsHeader({
  assessment,
  locale,
  letterhead,
  aside,
}: {
  assessment: Assessment;
  locale: Locale;
  letterhead?: CoachProfile | null;
  aside?: ReactNode;
}) {
  const t = useTranslations('results');
  const tp = useTranslations('profile');
  const tr = useTranslations('print');
  const { profile } = assessment;
  const facts = [profile.industry, profile.size && tp(`sizes.${profile.size}`), profile.market && tp(`markets.${profile.market}`)].filter(Boolean);
  return (
    <header className="results__header">
      {letterhead && <Letterhead profile={letterhead} />}
      {aside}
      <h1>{t('title')}</h1>
      <dl className="results__meta">
        {profile.companyName && (
          <div>
            <dt className="visually-hidden">{tr('company')}</dt>
            <dd className="results__company">{profile.companyName}</dd>
          </div>
        )}
        {facts.length > 0 && (
          <div>
            <dt className="visually-hidden">{t('metaProfile')}</dt>
            <dd>{facts.join(' · ')}</dd>
          </div>
        )}
        <div>
          <dt className="visually-hidden">{t('metaDate')}</dt>
          <dd>
            {t('assessedOn', { date: formatDate(assessment.createdAt, locale) })} ·{' '}
            {assessment.respondent === 'coach' ? t('respondentCoach') : t('respondentOwner')}
          </dd>
        </div>
        {assessment.coachName && (
          <div>
            <dt className="visually-hidden">{t('metaCoach')}</dt>
            <dd>{tr('coach', { name: assessment.coachName })}</dd>
          </div>
        )}
        <div className="print-only">
          <dt className="visually-hidden">{t('metaPrinted')}</dt>
          <dd>{tr('printedOn', { date: formatDate(new Date().toISOString(), locale) })}</dd>
        </div>
      </dl>
    </header>
  );
}
