'use client';

import { useTranslations } from 'next-intl';
import { updateWorkspace, useWorkspace } from '@/components/workspace/workspace-store';
import { Link, useLocale, useRouter } from '@/i18n/navigation';
import { createRoundId } from '@/lib/team-code';
import { addRound, createRound, roundsFor } from '@/lib/team-round';

/** Starts a team round for the owner's company or a coach's client, and lists the rounds already started. */
export function StartRoundButton({ companyName, clientId }: { companyName: string; clientId?: string }) {
  const t = useTranslations('teamStart');
  const locale = useLocale();
  const router = useRouter();
  const { ready, workspace } = useWorkspace();
  const rounds = ready ? roundsFor(workspace, clientId) : [];
  const start = () => {
    const round = createRound(createRoundId(), companyName, locale, new Date(), clientId);
    updateWorkspace((ws) => addRound(ws, round));
    router.push(`/team?round=${encodeURIComponent(round.id)}`);
  };
  return (
    <div className="tool no-print">
      <p className="muted">{t('intro')}</p>
      <button type="button" className="button button--secondary" onClick={start}>
        {t('start')}
      </button>
      {rounds.length > 0 && (
        <>
          <p>{t('list')}</p>
          <ul>
            {rounds.map((round) => (
              <li key={round.id}>
                <Link href={`/team?round=${encodeURIComponent(round.id)}`}>
                  {t('round', { company: round.companyName || t('unnamed') })} ({round.createdAt.slice(0, 10)}, {round.responses.length})
                </Link>
              </li>
            ))}
          </ul>
          <p>
            <Link href="/team">{t('all')}</Link>
          </p>
        </>
      )}
    </div>
  );
}
