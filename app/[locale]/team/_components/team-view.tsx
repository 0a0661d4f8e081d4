'use client';

import { useTranslations } from 'next-intl';
import { useSearchParams } from 'next/navigation';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { DimensionRadar } from '@/components/charts/radar-chart';
import { LinkTools } from '@/components/team/link-tools';
import { useOrigin } from '@/components/team/use-location';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { printWhenReady } from '@/components/ui/print-readiness';
import { ScrollTable } from '@/components/ui/scroll-table';
import { StorageNotices } from '@/components/workspace/storage-notices';
import { updateWorkspace, useWorkspace } from '@/components/workspace/workspace-store';
import { Link, localizePath, useRouter } from '@/i18n/navigation';
import type { Locale } from '@/lib/content-schema';
import { formatDate } from '@/lib/dates';
import type { TeamRound } from '@/lib/schemas';
import { scoreAssessment } from '@/lib/scoring';
import { decodeTeamAnswer } from '@/lib/team-code';
import {
  addAnswerCodes,
  buildInvitationLink,
  extractAnswerCodes,
  findRound,
  organiserAssessment,
  removeRound,
  TOP_DISAGREEMENTS,
  updateRound,
  viewRound,
  withRoundStatus,
  type AddOutcome,
} from '@/lib/team-round';
import { RoundList } from './round-list';
import type { TeamContent } from './types';

/** The organiser's team view: invite, collect answer links, and see median, range and disagreements. */
export function TeamView({ content, locale }: { content: TeamContent; locale: Locale }) {
  const t = useTranslations('team');
  const { ready, workspace, notices, persistence } = useWorkspace();
  const searchParams = useSearchParams();
  const router = useRouter();
  const [roundFromLink, setRoundFromLink] = useState<string | null>(null);
  const [linkMessage, setLinkMessage] = useState('');
  const handled = useRef(false);
  const roundId = searchParams.get('round') ?? roundFromLink;

  // An answer link opened in the organiser's browser (…/team#a=…) adds itself to its round, once.
  useEffect(() => {
    if (!ready || handled.current) return;
    handled.current = true;
    const codes = extractAnswerCodes(window.location.hash);
    if (codes.length === 0) return;
    const decoded = decodeTeamAnswer(codes[0]!, content.items);
    const round = decoded.ok ? findRound(workspace, decoded.value.roundId) : null;
    window.history.replaceState(null, '', round ? `?round=${encodeURIComponent(round.id)}` : window.location.pathname);
    let message: string;
    if (!decoded.ok) message = `${t('collect.broken')} ${t(`errors.${decoded.error}`)}`;
    else if (!round) message = t('collect.noRound');
    else {
      const result = addAnswerCodes(round, codes.slice(0, 1), content.items, new Date());
      updateWorkspace((ws) => updateRound(ws, round.id, () => result.round));
      message = t('collect.fromLink', { message: outcomeText(t, result.outcomes[0]!) });
    }
    // Shown after the store has settled: the workspace update above re-renders first.
    void Promise.resolve().then(() => {
      setRoundFromLink(round?.id ?? null);
      setLinkMessage(message);
    });
  }, [ready, workspace, content.items, t]);

  if (!ready) {
    return (
      <div aria-busy="true">
        <p>{t('loading')}</p>
      </div>
    );
  }
  const round = roundId ? findRound(workspace, roundId) : null;
  if (!round) {
    // No round asked for, or one this browser does not hold: the list of every round here.
    return (
      <div className="team">
        {linkMessage && <p className="notice" role="status">{linkMessage}</p>}
        {roundId && !linkMessage && <p className="notice">{t('missing')}</p>}
        <RoundList locale={locale} />
      </div>
    );
  }
  return (
    <div className="team">
      <StorageNotices notices={notices} persistence={persistence} />
      <RoundBody
        round={round}
        content={content}
        locale={locale}
        linkMessage={linkMessage}
        onList={() => {
          setRoundFromLink(null);
          setLinkMessage('');
        }}
        onDeleted={() => router.push(round.clientId ? `/coach/${encodeURIComponent(round.clientId)}` : '/results')} />
    </div>
  );
}

type T = ReturnType<typeof useTranslations<'team'>>;

function outcomeText(t: T, outcome: AddOutcome): string {
  switch (outcome.status) {
    case 'added':
    case 'updated': {
      const r = outcome.response;
      const who = [r.name, r.role].filter(Boolean).join(', ') || t('collect.anonymous');
      return t(`collect.${outcome.status}`, { who });
    }
    case 'duplicate':
      return t('collect.duplicate');
    case 'foreign-round':
      return t('collect.foreign');
    case 'closed':
      return t('collect.closed');
    case 'full':
      return t('collect.full');
    case 'broken':
      return `${t('collect.broken')} ${t(`errors.${outcome.error}`)}`;
  }
}

function RoundBody({
  round,
  content,
  locale,
  linkMessage,
  onList,
  onDeleted,
}: {
  round: TeamRound;
  content: TeamContent;
  locale: Locale;
  linkMessage: string;
  onList: () => void;
  onDeleted: () => void;
}) {
  const t = useTranslations('team');
  const id = useId();
  const { workspace } = useWorkspace();
  const [pasted, setPasted] = useState('');
  const [outcomes, setOutcomes] = useState<string[]>([]);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const origin = useOrigin();
  const company = round.companyName || t('unnamed');
  const view = useMemo(() => viewRound(round.responses, content.model), [round.responses, content.model]);
  const { summary, named } = view;
  const own = organiserAssessment(workspace, round);
  const ownResult = own ? scoreAssessment(own.answers, content.model) : null;
  const ownScore = (dim: string) => ownResult?.dimensions.find((d) => d.dimension === dim)?.score ?? null;
  const title = (dim: string) => content.dimensions.find((d) => d.id === dim)!;
  const invitation = origin ? buildInvitationLink(`${origin}${localizePath(round.locale, '/team/join')}`, round) : '';
  const value = (n: number | null) => (n === null ? t('summary.none') : String(n));

  const add = () => {
    const codes = extractAnswerCodes(pasted);
    if (codes.length === 0) {
      setOutcomes([t('collect.nothing')]);
      return;
    }
    const result = addAnswerCodes(round, codes, content.items, new Date());
    updateWorkspace((ws) => updateRound(ws, round.id, () => result.round));
    setOutcomes(result.outcomes.map((o, i) => (codes.length > 1 ? t('collect.outcome', { n: i + 1, message: outcomeText(t, o) }) : outcomeText(t, o))));
    if (result.outcomes.every((o) => o.status === 'added' || o.status === 'updated')) setPasted('');
  };

  const rows = summary.topics.map((topic) => ({
    label: title(topic.dimension).title,
    shortLabel: title(topic.dimension).shortTitle,
    median: topic.median,
    min: topic.min,
    max: topic.max,
    ...(ownResult ? { own: ownScore(topic.dimension) } : {}),
  }));
  const series = [
    { key: 'max', name: t('summary.max'), color: '#8a9aa6', dashed: true, fillOpacity: 0.12 },
    { key: 'median', name: t('summary.median'), color: '#0b5d7a', fillOpacity: 0.2 },
    { key: 'min', name: t('summary.min'), color: '#8a9aa6', dashed: true, fillOpacity: 0 },
    ...(ownResult ? [{ key: 'own', name: t('summary.own'), color: '#b3541e', dashed: true, fillOpacity: 0 }] : []),
  ];
  const top = summary.disagreements.slice(0, TOP_DISAGREEMENTS);

  return (
    <>
      <p className="no-print">
        <Link href="/team" onClick={onList}>
          ← {t('list.all')}
        </Link>
      </p>
      <h1>{t('title', { company })}</h1>
      <p className="print-only">{t('print.heading', { company, date: formatDate(new Date().toISOString(), locale) })}</p>
      <p className="muted no-print">{t('intro')}</p>
      <p className="notice">{round.status === 'open' ? t('statusOpen') : t('statusClosed')}</p>
      {linkMessage && (
        <p className="notice no-print" role="status">
          {linkMessage}
        </p>
      )}

      <section className="card no-print" aria-labelledby={`${id}-invite`}>
        <h2 id={`${id}-invite`}>{t('invite.title')}</h2>
        <p className="muted">{t('invite.body')}</p>
        {invitation && (
          <LinkTools
            url={invitation}
            label={t('invite.linkLabel')}
            mailSubject={t('invite.mailSubject', { company })}
            mailBody={t('invite.mailBody', { link: invitation })}
          />
        )}
      </section>

      <section className="card no-print" aria-labelledby={`${id}-collect`}>
        <h2 id={`${id}-collect`}>{t('collect.title')}</h2>
        <p className="muted">{t('collect.body')}</p>
        <label htmlFor={`${id}-paste`}>{t('collect.label')}</label>
        <textarea id={`${id}-paste`} className="team__paste" rows={4} value={pasted} onChange={(e) => setPasted(e.target.value)} />
        <div className="button-row">
          <button type="button" className="button" onClick={add}>
            {t('collect.button')}
          </button>
        </div>
        <div role="status">
          {outcomes.length > 0 && (
            <ul className="team__outcomes">
              {outcomes.map((text, i) => (
                <li key={i}>{text}</li>
              ))}
            </ul>
          )}
        </div>
      </section>

      <section aria-labelledby={`${id}-summary`} className="team__summary">
        <h2 id={`${id}-summary`}>{t('summary.title')}</h2>
        <p>{t('summary.count', { count: view.received })}</p>
        {view.heldBack > 0 && <p className="notice">{t('summary.heldBack', { count: view.heldBack })}</p>}
        {summary.tooFew && summary.answers > 0 && <p className="notice">{t('summary.tooFew')}</p>}
        {summary.answers > 0 && (
          <div className="team__profile">
            <DimensionRadar rows={rows} series={series} label={t('summary.chartLabel')} />
            <ScrollTable label={t('summary.caption')}>
              <table>
                <caption>{t('summary.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('summary.topic')}</th>
                    <th scope="col">{t('summary.median')}</th>
                    <th scope="col">{t('summary.range')}</th>
                    {ownResult && <th scope="col">{t('summary.own')}</th>}
                  </tr>
                </thead>
                <tbody>
                  {summary.topics.map((topic) => (
                    <tr key={topic.dimension}>
                      <th scope="row">{title(topic.dimension).title}</th>
                      <td>{value(topic.median)}</td>
                      <td>{topic.min === null ? t('summary.none') : t('summary.rangeValue', { min: topic.min, max: topic.max! })}</td>
                      {ownResult && <td>{value(ownScore(topic.dimension))}</td>}
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollTable>
          </div>
        )}
      </section>

      {summary.answers > 0 && (
        <section aria-labelledby={`${id}-disagree`} className="team__disagree">
          <h2 id={`${id}-disagree`}>{t('disagree.title')}</h2>
          {top.length === 0 ? (
            <p>{t('disagree.none')}</p>
          ) : (
            <ol>
              {top.map((item) => {
                const extras = [
                  item.unknown > 0 ? t('disagree.unknownCount', { count: item.unknown }) : '',
                  item.notApplicable > 0 ? t('disagree.naCount', { count: item.notApplicable }) : '',
                ].filter(Boolean);
                return (
                  <li key={item.itemId}>
                    <p className="team__item">
                      <strong>{content.prompts[item.itemId]}</strong> <span className="muted">({title(item.dimension).title})</span>
                    </p>
                    <p>
                      {t('disagree.range', { low: item.min!, high: item.max! })}
                      {extras.length > 0 && `; ${extras.join(', ')}`}
                    </p>
                    <p className="muted">{t('disagree.prompt', { prompt: title(item.dimension).prompt })}</p>
                  </li>
                );
              })}
            </ol>
          )}
        </section>
      )}

      {named.length > 0 && (
        <section aria-labelledby={`${id}-named`} className="team__named">
          <h2 id={`${id}-named`}>{t('named.title')}</h2>
          <p className="muted">{t('named.note')}</p>
          <ScrollTable label={t('named.title')}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('named.person')}</th>
                  {content.dimensions.map((d) => (
                    <th scope="col" key={d.id}>
                      {d.title}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {named.map((person) => (
                  <tr key={person.respondentId}>
                    <th scope="row">{person.label}</th>
                    {content.dimensions.map((d) => (
                      <td key={d.id}>{value(person.scores[d.id] ?? null)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        </section>
      )}

      <section className="no-print" aria-labelledby={`${id}-actions`}>
        <h2 id={`${id}-actions`}>{t('actions.title')}</h2>
        <div className="button-row">
          <button type="button" className="button" onClick={() => void printWhenReady()}>
            {t('actions.print')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => updateWorkspace((ws) => updateRound(ws, round.id, (r) => withRoundStatus(r, r.status === 'open' ? 'closed' : 'open')))}
          >
            {round.status === 'open' ? t('actions.close') : t('actions.reopen')}
          </button>
          <button type="button" className="button button--quiet" onClick={() => setConfirmDelete(true)}>
            {t('actions.delete')}
          </button>
        </div>
      </section>
      <ConfirmDialog
        open={confirmDelete}
        title={t('actions.deleteTitle')}
        body={t('actions.deleteBody')}
        cancelLabel={t('actions.cancel')}
        confirmLabel={t('actions.deleteConfirm')}
        onClose={() => setConfirmDelete(false)}
        onConfirm={() => {
          updateWorkspace((ws) => removeRound(ws, round.id));
          onDeleted();
        }}
      />
    </>
  );
}
