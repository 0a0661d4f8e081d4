'use client';

import { useTranslations } from 'next-intl';
import { useCadence } from '@/components/channels/use-cadence';
import { ScrollTable } from '@/components/ui/scroll-table';
import { Link } from '@/i18n/navigation';
import type { ChannelId } from '@/lib/channel-schema';
import { planForAssessment, type LocalizedChannel, type PlanReason } from '@/lib/channels';

/** «Ihre Kanäle»: the channels that fit, the weekly rhythm against the hours, the real-world side, and what to do with the channels there are. */
export function ChannelPlanSection({
  assessment,
  result,
  channels,
  checkHref,
}: {
  assessment: Parameters<typeof planForAssessment>[0];
  result: Parameters<typeof planForAssessment>[1];
  channels: readonly LocalizedChannel[];
  checkHref: string | null;
}) {
  const plan = planForAssessment(assessment, result, channels);
  const t = useTranslations('channels');
  const channel = (id: ChannelId) => channels.find((c) => c.id === id)!;
  const cadence = useCadence();
  const reason = (c: LocalizedChannel, r: PlanReason) => {
    if (r.kind === 'audience') return c.why[r.customers === 'b2b' ? 'b2b' : 'b2c'];
    if (r.kind === 'goal') return t('reasonGoal', { goal: t(`goals.${r.goal}`) });
    if (r.kind === 'format') return t('reasonFormat', { format: t(`formats.${r.format}`) });
    return t('reasonRunning');
  };

  // One row per channel: the minimum presence and posts on the same channel add up in one line.
  const rows: { channel: ChannelId; rhythm: string; minutes: number }[] = [];
  if (plan.status !== 'incomplete') {
    const presence = plan.presence;
    if (presence && !plan.channels.some((line) => line.channel === presence.channel)) {
      rows.push({ channel: presence.channel, rhythm: t('presenceRow'), minutes: presence.minutes });
    }
    for (const line of plan.channels) {
      const withPresence = presence?.channel === line.channel;
      rows.push({
        channel: line.channel,
        rhythm: withPresence ? `${t('presenceRow')}, ${cadence(line.postsPerWeek)}` : cadence(line.postsPerWeek),
        minutes: line.minutes + (withPresence ? presence.minutes : 0),
      });
    }
  }

  return (
    <section className={`channel-plan${plan.status === 'incomplete' ? ' channel-plan--incomplete' : ''}`} aria-labelledby="channels-title">
      <h2 id="channels-title">{t('title')}</h2>
      <p className="muted">{t('intro')}</p>

      {plan.status === 'incomplete' ? (
        <p>
          {t('incomplete', { missing: plan.missing.map((q) => t(`missing.${q}`)).join(', ') })}{' '}
          {checkHref && (
            <Link className="no-print" href={checkHref}>
              {t('incompleteAction')}
            </Link>
          )}
        </p>
      ) : (
        <>
          {plan.status === 'wait' && (
            <div className="notice notice--warning">
              <p>{t('wait')}</p>
              <ul>
                <li>{t('prepare1')}</li>
                <li>{t('prepare2')}</li>
                <li>{t('prepare3')}</li>
              </ul>
            </div>
          )}
          {plan.status === 'minimum' && <p>{plan.presence ? t('minimum') : t('nothing')}</p>}

          {plan.presence && (
            <div className="channel-card channel-card--presence">
              <h3>{t('presenceTitle')}</h3>
              <p>{t('presenceBody', { channel: channel(plan.presence.channel).name })}</p>
              {/* Online maintains, offline decides: said here when no card of the same channel says it. */}
              {!plan.channels.some((line) => line.channel === plan.presence?.channel) && (
                <p>
                  <strong>{t('offline')}</strong> {channel(plan.presence.channel).offline}
                </p>
              )}
            </div>
          )}

          {plan.channels.length > 0 && (
            <ol className="channel-list">
              {plan.channels.map((line) => {
                const c = channel(line.channel);
                return (
                  <li key={line.channel} className="channel-card">
                    <h3>{c.name}</h3>
                    <ul className="compact-list">
                      {line.reasons.map((r) => (
                        <li key={r.kind}>{reason(c, r)}</li>
                      ))}
                    </ul>
                    <p>
                      <strong>{cadence(line.postsPerWeek)}</strong>: {c.rhythm.post}.{' '}
                      <span className="muted">
                        {line.replyMinutes > 0
                          ? t('minutesDetail', { perPost: line.minutesPerPost, replies: line.replyMinutes })
                          : t('minutesDetailPresence', { perPost: line.minutesPerPost })}
                      </span>
                    </p>
                    <p>
                      <strong>{t('offline')}</strong> {c.offline}
                    </p>
                  </li>
                );
              })}
            </ol>
          )}

          {rows.length > 0 && (
            <ScrollTable labelledBy="channels-rhythm">
              <table className="data-table channel-table table-reflow">
                <caption id="channels-rhythm">{t('tableCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('colChannel')}</th>
                    <th scope="col">{t('colRhythm')}</th>
                    <th scope="col" className="num">
                      {t('colMinutes')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.channel}>
                      <th scope="row">{channel(row.channel).name}</th>
                      <td data-label={t('colRhythm')}>{row.rhythm}</td>
                      <td data-label={t('colMinutes')} className="num">
                        {row.minutes}
                      </td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <td colSpan={3}>
                      <strong>{t('total', { total: plan.totalMinutes, budget: plan.budgetMinutes })}</strong>
                    </td>
                  </tr>
                </tfoot>
              </table>
            </ScrollTable>
          )}

          {plan.existing.length > 0 && (
            <>
              <h3>{t('existingTitle')}</h3>
              <ul className="channel-existing">
                {plan.existing.map((e) => {
                  const c = channel(e.channel);
                  return (
                    <li key={e.channel}>
                      <strong>
                        {c.name}: {t(`advice.${e.advice}`)}
                      </strong>{' '}
                      <span className="muted">({t(`states.${e.state}`)})</span>
                      {e.advice === 'pause' && <> – {c.pause}</>}
                      {e.advice === 'close' && <> – {t('closeHow')}</>}
                    </li>
                  );
                })}
              </ul>
            </>
          )}
          <p className="muted no-print">
            <Link href="/methode#channels">{t('sourcesLink')}</Link>
          </p>
        </>
      )}
    </section>
  );
}
