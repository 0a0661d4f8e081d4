'use client';

import { useTranslations } from 'next-intl';
import { useSearchParams } from 'next/navigation';
import { LinkTools } from '@/components/team/link-tools';
import { useOrigin } from '@/components/team/use-location';
import { useWorkspace } from '@/components/workspace/workspace-store';
import { Link, localizePath } from '@/i18n/navigation';
import { buildAnswerLink, findParticipation } from '@/lib/team-round';
import { assessmentHref } from '@/lib/workspace';

/** After the check: the person's answer link to send back (copy, e-mail, QR). */
export function AnswerView({ items }: { items: { id: string }[] }) {
  const t = useTranslations('team');
  const searchParams = useSearchParams();
  const { ready, workspace } = useWorkspace();
  const origin = useOrigin();
  const roundId = searchParams.get('round') ?? '';
  if (!ready || !origin) return <p aria-busy="true">{t('loading')}</p>;
  const participation = findParticipation(workspace, roundId);
  if (!participation) {
    return (
      <div className="team-answer">
        <h1>{t('answer.title')}</h1>
        <p className="notice">{t('answer.missing')}</p>
      </div>
    );
  }
  const link = buildAnswerLink(`${origin}${localizePath(participation.locale, '/team')}`, participation, items);
  const who = [participation.name, participation.role].filter(Boolean).join(', ') || 'none';
  const open = items.filter((item) => !Object.hasOwn(participation.assessment.answers, item.id)).length;
  const company = participation.companyName || t('unnamed');
  return (
    <div className="team-answer">
      <h1>{t('answer.title')}</h1>
      <p>{t('answer.body', { who })}</p>
      {open > 0 && <p className="notice">{t('answer.open', { count: open })}</p>}
      <LinkTools
        url={link}
        label={t('answer.linkLabel')}
        mailSubject={t('answer.mailSubject', { company })}
        mailBody={t('answer.mailBody', { link })}
      />
      <p>
        <Link href={assessmentHref('check', { kind: 'round', roundId })}>{t('answer.edit')}</Link>
      </p>
    </div>
  );
}
