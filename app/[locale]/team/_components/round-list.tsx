'use client';

import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { useWorkspace } from '@/components/workspace/workspace-store';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/lib/content-schema';
import { formatDate } from '@/lib/dates';
import { listRounds } from '@/lib/team-round';

/** Every team round in this browser, newest first: company, date, status and answers, each opening its team view. */
export function RoundList({ locale }: { locale: Locale }) {
  const t = useTranslations('team');
  const id = useId();
  const { workspace } = useWorkspace();
  const rounds = listRounds(workspace);
  return (
    <section aria-labelledby={`${id}-title`} className="round-list">
      <h1 id={`${id}-title`}>{t('list.title')}</h1>
      {rounds.length === 0 ? (
        <div className="notice">
          <p>{t('list.empty')}</p>
          <p>{t('list.emptyHow')}</p>
          <ul className="round-list__ways">
            <li>
              <Link href="/results">{t('list.emptyResults')}</Link>
            </li>
            <li>
              <Link href="/coach">{t('list.emptyCoach')}</Link>
            </li>
          </ul>
        </div>
      ) : (
        <>
          <p className="muted">{t('list.intro')}</p>
          <ul className="round-list__rounds">
            {rounds.map((round) => (
              <li key={round.id} className="card round-list__round">
                <h2>
                  <Link href={`/team?round=${encodeURIComponent(round.id)}`}>{round.companyName || t('unnamed')}</Link>
                </h2>
                <p className="round-list__facts">
                  <span>{t('list.started', { date: formatDate(round.createdAt, locale) })}</span>
                  <span className={`round-list__status round-list__status--${round.status}`}>{t(`list.${round.status}`)}</span>
                  <span>{t('list.answers', { count: round.answers })}</span>
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
