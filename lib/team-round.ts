import type { DimensionId, Locale } from './content-schema';
import { readAnswer, scoreAssessment, type ScoringModel } from './scoring';
import type { Assessment, Participation, TeamResponse, TeamRound, Workspace } from './schemas';
import {
  decodeInvitation,
  decodeTeamAnswer,
  encodeInvitation,
  encodeTeamAnswer,
  MAX_TEAM_CODE_LENGTH,
  type Invitation,
  type TeamAnswer,
  type TeamCodeError,
  type TeamDecodeResult,
} from './team-code';
import { createAssessment, findAssessment, sortByDate } from './workspace';

/** Below this many answers the team view says that the spread of so few is no verdict. */
export const MIN_TEAM_ANSWERS = 3;
/** How many items the team view lists as the widest disagreements. */
export const TOP_DISAGREEMENTS = 5;

const INVITATION_FRAGMENT = /^#i=(.*)$/s;
const ANSWER_FRAGMENT = /#a=([^\s#]*)/g;

/** The rounds of a workspace; data stored before team rounds has none. */
export function roundsOf(workspace: Workspace): TeamRound[] {
  return workspace.rounds ?? [];
}

/** The rounds this browser's person was invited to; data stored before team rounds has none. */
export function participationsOf(workspace: Workspace): Participation[] {
  return workspace.participations ?? [];
}

/** Finds a round by id, or null. */
export function findRound(workspace: Workspace, roundId: string): TeamRound | null {
  return roundsOf(workspace).find((r) => r.id === roundId) ?? null;
}

/** Finds this browser's participation in a round, or null. */
export function findParticipation(workspace: Workspace, roundId: string): Participation | null {
  return participationsOf(workspace).find((p) => p.roundId === roundId) ?? null;
}

/** Creates an open round without answers, for the owner's company or (with `clientId`) a coach's client. */
export function createRound(
  id: string,
  companyName: string,
  locale: Locale,
  now: Date,
  clientId?: string,
): TeamRound {
  const round: TeamRound = { id, companyName, locale, createdAt: now.toISOString(), status: 'open', responses: [] };
  if (clientId !== undefined) round.clientId = clientId;
  return round;
}

/** Adds a round to the workspace (a round with the same id is replaced). */
export function addRound(workspace: Workspace, round: TeamRound): Workspace {
  return { ...workspace, rounds: [...roundsOf(workspace).filter((r) => r.id !== round.id), round] };
}

/** Applies a change to one round. */
export function updateRound(workspace: Workspace, roundId: string, change: (round: TeamRound) => TeamRound): Workspace {
  return { ...workspace, rounds: roundsOf(workspace).map((r) => (r.id === roundId ? change(r) : r)) };
}

/** Removes a round with every answer collected in it. */
export function removeRound(workspace: Workspace, roundId: string): Workspace {
  return { ...workspace, rounds: roundsOf(workspace).filter((r) => r.id !== roundId) };
}

/** Closes or reopens a round; a closed round takes no new answers. */
export function withRoundStatus(round: TeamRound, status: TeamRound['status']): TeamRound {
  return { ...round, status };
}

/** The rounds that belong to one screen: the owner's own (no client), or one client's. */
export function roundsFor(workspace: Workspace, clientId?: string): TeamRound[] {
  return roundsOf(workspace).filter((r) => r.clientId === clientId);
}

export type RoundListEntry = Pick<TeamRound, 'id' | 'companyName' | 'createdAt' | 'status' | 'clientId'> & {
  /** Every answer the round holds, anonymous ones included (their number is no secret, their content is). */
  answers: number;
};

/** Every round of the workspace, the owner's and the clients', newest first, with what a list of them shows. */
export function listRounds(workspace: Workspace): RoundListEntry[] {
  return roundsOf(workspace)
    .map((round): RoundListEntry => {
      const entry: RoundListEntry = {
        id: round.id,
        companyName: round.companyName,
        createdAt: round.createdAt,
        status: round.status,
        answers: round.responses.length,
      };
      if (round.clientId !== undefined) entry.clientId = round.clientId;
      return entry;
    })
    .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The organiser's own answers to set against the team: the owner's current check, or the client's latest check. */
export function organiserAssessment(workspace: Workspace, round: TeamRound): Assessment | null {
  if (round.clientId === undefined) return findAssessment(workspace, { kind: 'current' });
  const client = workspace.clients.find((c) => c.id === round.clientId);
  return client ? (sortByDate(client.assessments).at(-1) ?? null) : null;
}

/** The invitation a round sends out: company, round id, language and date, never an answer. */
export function invitationFor(round: TeamRound): Invitation {
  return { roundId: round.id, companyName: round.companyName, locale: round.locale, createdAt: round.createdAt };
}

/** The invitation link: `base` (origin and path of the join page) with the code in the fragment. */
export function buildInvitationLink(base: string, round: TeamRound): string {
  return `${base.replace(/#.*$/s, '')}#i=${encodeInvitation(invitationFor(round))}`;
}

/** Reads an invitation from a URL fragment ("#i=…"), or null when the fragment holds none; never throws. */
export function readInvitationFragment(hash: string): TeamDecodeResult<Invitation> | null {
  const match = INVITATION_FRAGMENT.exec(hash);
  return match ? decodeInvitation(match[1]!) : null;
}

/** This person's answer to a round, as it travels in their answer link. */
export function teamAnswerFor(participation: Participation): TeamAnswer {
  const answer: TeamAnswer = {
    roundId: participation.roundId,
    respondentId: participation.respondentId,
    answeredAt: participation.assessment.updatedAt,
    answers: participation.assessment.answers,
  };
  if (participation.name !== undefined) answer.name = participation.name;
  if (participation.role !== undefined) answer.role = participation.role;
  return answer;
}

/** The answer link: `base` (origin and path of the team view) with the answer code in the fragment. */
export function buildAnswerLink(base: string, participation: Participation, items: readonly { id: string }[]): string {
  return `${base.replace(/#.*$/s, '')}#a=${encodeTeamAnswer(teamAnswerFor(participation), items)}`;
}

/** Joins a round from its invitation: the person's own round assessment starts empty; joining twice keeps the first. */
export function joinRound(
  workspace: Workspace,
  invitation: Invitation,
  person: { respondentId: string; assessmentId: string; name?: string; role?: string },
  now: Date,
): Workspace {
  if (findParticipation(workspace, invitation.roundId)) return workspace;
  const participation: Participation = {
    roundId: invitation.roundId,
    respondentId: person.respondentId,
    companyName: invitation.companyName,
    locale: invitation.locale,
    joinedAt: now.toISOString(),
    assessment: createAssessment(person.assessmentId, now),
  };
  if (person.name) participation.name = person.name;
  if (person.role) participation.role = person.role;
  return { ...workspace, participations: [...participationsOf(workspace), participation] };
}

/** Applies a change to this browser's participation in a round. */
export function updateParticipation(
  workspace: Workspace,
  roundId: string,
  change: (participation: Participation) => Participation,
): Workspace {
  return { ...workspace, participations: participationsOf(workspace).map((p) => (p.roundId === roundId ? change(p) : p)) };
}

/** Removes this browser's participation in a round (its answers here go with it). */
export function leaveRound(workspace: Workspace, roundId: string): Workspace {
  return { ...workspace, participations: participationsOf(workspace).filter((p) => p.roundId !== roundId) };
}

/** Finds every answer code in pasted text: whole links ("…#a=CODE") or bare codes, separated by blanks or lines. */
export function extractAnswerCodes(text: string): string[] {
  if (typeof text !== 'string' || text.length > MAX_TEAM_CODE_LENGTH * 300) return [];
  const codes: string[] = [];
  for (const token of text.split(/\s+/)) {
    if (token === '') continue;
    const inLink = [...token.matchAll(ANSWER_FRAGMENT)].map((m) => m[1]!);
    if (inLink.length > 0) codes.push(...inLink);
    else codes.push(token);
  }
  return codes;
}

export type AddOutcome =
  | { status: 'added' | 'updated'; response: TeamResponse }
  | { status: 'duplicate'; response: TeamResponse }
  | { status: 'foreign-round' | 'closed' | 'full' }
  | { status: 'broken'; error: TeamCodeError };

/** Upper bound on the answers of one round, as in the schema. */
const MAX_RESPONSES = 200;

/**
 * Adds answer codes to a round, one outcome per code in order: a broken code, one of another round, one the round
 * already holds (same person, an older time, or the same time and the same answers) or any code while the round is
 * closed changes nothing; the same person's newer answers replace their older ones. Never throws.
 */
export function addAnswerCodes(
  round: TeamRound,
  codes: readonly string[],
  items: readonly { id: string }[],
  now: Date,
): { round: TeamRound; outcomes: AddOutcome[] } {
  let responses = [...round.responses];
  const outcomes = codes.map((code): AddOutcome => {
    const decoded = decodeTeamAnswer(code, items);
    if (!decoded.ok) return { status: 'broken', error: decoded.error };
    const answer = decoded.value;
    if (answer.roundId !== round.id) return { status: 'foreign-round' };
    if (round.status === 'closed') return { status: 'closed' };
    const response = responseFrom(answer, now);
    const index = responses.findIndex((r) => r.respondentId === answer.respondentId);
    if (index >= 0) {
      const known = responses[index]!;
      const knownAt = Date.parse(known.answeredAt);
      const answerAt = Date.parse(answer.answeredAt);
      // Links of the first code version carry whole minutes: a correction within that minute has the same time
      // but other answers, and the link pasted later is taken as the correction.
      if (knownAt > answerAt || (knownAt === answerAt && sameAnswers(known, answer))) return { status: 'duplicate', response: known };
      responses = responses.map((r, i) => (i === index ? response : r));
      return { status: 'updated', response };
    }
    if (responses.length >= MAX_RESPONSES) return { status: 'full' };
    responses = [...responses, response];
    return { status: 'added', response };
  });
  return { round: { ...round, responses }, outcomes };
}

function sameAnswers(known: TeamResponse, answer: TeamAnswer): boolean {
  const a = known.answers as Record<string, unknown>;
  const b = answer.answers as Record<string, unknown>;
  const keys = Object.keys(a);
  return (
    known.name === answer.name &&
    known.role === answer.role &&
    keys.length === Object.keys(b).length &&
    keys.every((key) => Object.hasOwn(b, key) && a[key] === b[key])
  );
}

function responseFrom(answer: TeamAnswer, now: Date): TeamResponse {
  const response: TeamResponse = {
    respondentId: answer.respondentId,
    answeredAt: answer.answeredAt,
    receivedAt: now.toISOString(),
    answers: answer.answers,
  };
  if (answer.name !== undefined) response.name = answer.name;
  if (answer.role !== undefined) response.role = answer.role;
  return response;
}

/** Removes one person's answers from a round. */
export function removeResponse(round: TeamRound, respondentId: string): TeamRound {
  return { ...round, responses: round.responses.filter((r) => r.respondentId !== respondentId) };
}

/** The median of a list (the mean of the middle two for an even count), or null for an empty list. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export type TopicSpread = {
  dimension: DimensionId;
  /** Rounded median of the scored answers' topic scores, or null when no answer scores the topic. */
  median: number | null;
  min: number | null;
  max: number | null;
  /** Answers whose topic score exists (the scoring's own rule decides: too few known answers leave a person out). */
  scored: number;
};

export type ItemSpread = {
  itemId: string;
  dimension: DimensionId;
  /** Lowest and highest point on the 1–5 scale given; null with fewer than two scale answers. */
  min: number | null;
  max: number | null;
  /** max − min on the 1–5 scale; 0 when fewer than two people placed themselves on the scale. */
  spread: number;
  /** How many people answered each point 1–5 (index 0 is «1»). */
  counts: [number, number, number, number, number];
  unknown: number;
  notApplicable: number;
};

export type TeamSummary = {
  answers: number;
  /** True below MIN_TEAM_ANSWERS: the spread of so few is no verdict. */
  tooFew: boolean;
  topics: TopicSpread[];
  /** Items by disagreement, widest first (spread, then how evenly the ends are held, then model order); spread > 0 only. */
  disagreements: ItemSpread[];
};

/**
 * Aggregates a round: per topic the median and range of each person's topic score (scored by the check's own rules,
 * so «weiss nicht» is a gap and «Betrifft uns nicht» leaves the score), and per item the spread on the 1–5 scale
 * («weiss nicht» and «Betrifft uns nicht» are counted beside it, never as a point). Never names anyone.
 */
export function summarizeRound(responses: readonly Pick<TeamResponse, 'answers'>[], model: ScoringModel): TeamSummary {
  const results = responses.map((r) => scoreAssessment(r.answers, model));
  const topics = model.dimensions.map(({ id }): TopicSpread => {
    const scores = results.flatMap((result) => {
      const score = result.dimensions.find((d) => d.dimension === id)?.score ?? null;
      return score === null ? [] : [score];
    });
    const mid = median(scores);
    return {
      dimension: id,
      median: mid === null ? null : Math.round(mid),
      min: scores.length ? Math.min(...scores) : null,
      max: scores.length ? Math.max(...scores) : null,
      scored: scores.length,
    };
  });
  const inModel = new Set(model.dimensions.map((d) => d.id));
  const items = model.items.filter((item) => inModel.has(item.dimension)).map((item): ItemSpread => {
    const counts: ItemSpread['counts'] = [0, 0, 0, 0, 0];
    let unknown = 0;
    let notApplicable = 0;
    for (const response of responses) {
      const value = readAnswer(response.answers, item.id);
      if (value === 'unknown') unknown += 1;
      else if (value === 'na') notApplicable += 1;
      else if (value !== undefined) counts[value - 1]! += 1;
    }
    const given = counts.flatMap((n, i) => (n > 0 ? [i + 1] : []));
    const scaleCount = counts.reduce((a, b) => a + b, 0);
    const two = scaleCount >= 2;
    const min = two ? given[0]! : null;
    const max = two ? given.at(-1)! : null;
    return { itemId: item.id, dimension: item.dimension, min, max, spread: two ? max! - min! : 0, counts, unknown, notApplicable };
  });
  const order = new Map(items.map((item, i) => [item.itemId, i]));
  const disagreements = items
    .filter((item) => item.spread > 0)
    .sort((a, b) => b.spread - a.spread || balance(b) - balance(a) || order.get(a.itemId)! - order.get(b.itemId)!);
  return { answers: responses.length, tooFew: responses.length < MIN_TEAM_ANSWERS, topics, disagreements };
}

/** How evenly the lowest and highest points are held: 1 when as many people stand at each end, towards 0 when one stands alone. */
function balance(item: ItemSpread): number {
  if (item.min === null || item.max === null) return 0;
  const low = item.counts[item.min - 1]!;
  const high = item.counts[item.max - 1]!;
  return Math.min(low, high) / Math.max(low, high);
}

export type NamedAnswer = { respondentId: string; label: string; scores: Partial<Record<DimensionId, number | null>> };

/** The name or role a person chose to give («Name, Rolle», the name, or the role), or '' for an anonymous answer. */
export function respondentLabel(response: Pick<TeamResponse, 'name' | 'role'>): string {
  return [response.name, response.role].map((part) => part?.trim() ?? '').filter((part) => part !== '').join(', ');
}

/**
 * The answers that may be shown one by one: only those whose person gave a name or a role, shown under exactly that
 * («Name, Rolle», the name, or the role). Anonymous answers never appear here; they live only inside the spread.
 */
export function namedAnswers(responses: readonly TeamResponse[], model: ScoringModel): NamedAnswer[] {
  return responses.flatMap((response) => {
    const label = respondentLabel(response);
    if (label === '') return [];
    const result = scoreAssessment(response.answers, model);
    return [{ respondentId: response.respondentId, label, scores: Object.fromEntries(result.dimensions.map((d) => [d.dimension, d.score])) }];
  });
}

/**
 * Anonymous answers count in the team view's figures only as a group of at least this many. Fewer could be worked
 * out from the figures by anyone who knows the named answers shown beside them, or knows their own anonymous answer.
 */
export const MIN_ANONYMOUS_POOL = 3;

export type TeamView = {
  /** Every answer the round holds, shown or held back. */
  received: number;
  /** Median, range and disagreements over the answers shown (the named ones, and the anonymous ones once they are enough). */
  summary: TeamSummary;
  /** The answers shown one by one, under the name or role their person gave. */
  named: NamedAnswer[];
  /** Anonymous answers left out of every figure while fewer than MIN_ANONYMOUS_POOL of them have come in. */
  heldBack: number;
};

/**
 * Everything the team view may show of a round. Anonymous answers appear only inside the spread, and only once
 * MIN_ANONYMOUS_POOL of them have come in: until then they are held back from every figure, so that no reader can
 * take the named answers (or their own) from the median and range and keep one anonymous person's answers. The result
 * depends on the anonymous answers only as a group, never on which anonymous person gave which. Never throws.
 */
export function viewRound(responses: readonly TeamResponse[], model: ScoringModel): TeamView {
  const anonymous = responses.filter((r) => respondentLabel(r) === '').length;
  const shown = anonymous >= MIN_ANONYMOUS_POOL ? responses : responses.filter((r) => respondentLabel(r) !== '');
  return {
    received: responses.length,
    summary: summarizeRound(shown, model),
    named: namedAnswers(responses, model),
    heldBack: responses.length - shown.length,
  };
}

/** Merges imported rounds: known rounds gain the answers of people they lack, unknown rounds and participations are appended. */
export function mergeRounds(existing: Workspace, incoming: Workspace): Pick<Workspace, 'rounds' | 'participations'> {
  const rounds = roundsOf(existing).map((round) => ({ ...round, responses: [...round.responses] }));
  const byId = new Map(rounds.map((r) => [r.id, r]));
  for (const round of roundsOf(incoming)) {
    const known = byId.get(round.id);
    if (!known) {
      if (rounds.length >= 500) continue;
      rounds.push(round);
      byId.set(round.id, round);
      continue;
    }
    const people = new Set(known.responses.map((r) => r.respondentId));
    for (const response of round.responses) {
      if (people.has(response.respondentId) || known.responses.length >= MAX_RESPONSES) continue;
      people.add(response.respondentId);
      known.responses.push(response);
    }
  }
  const participations = [...participationsOf(existing)];
  const joined = new Set(participations.map((p) => p.roundId));
  for (const participation of participationsOf(incoming)) {
    if (joined.has(participation.roundId) || participations.length >= 200) continue;
    joined.add(participation.roundId);
    participations.push(participation);
  }
  return { rounds, participations };
}

export type { Invitation, TeamAnswer, TeamCodeError };
