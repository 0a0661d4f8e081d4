import { content } from '../../content';
import type { ChannelAnswers } from '../../lib/channel-schema';
import type { DimensionId } from '../../lib/content-schema';
import type { Locale } from '../../lib/content-schema';
import type { AnswerValue, Answers, Assessment, Client, Notes, Profile, Targets, TeamResponse, TeamRound, Workspace } from '../../lib/schemas';
import { serializeWorkspace } from '../../lib/storage';
import { createRespondentId, createRoundId } from '../../lib/team-code';
import { createRound } from '../../lib/team-round';
import { createAssessment, createClient } from '../../lib/workspace';

/**
 * The one factory of the e2e suite for stored data: assessments, clients, workspaces and their answers, built with the
 * app's own constructors and types, and the text the app keeps for them (the current storage version). Specs put it
 * into a browser with the `seed` fixture of e2e/fixtures.ts.
 */

/** A statement of the check with where it stands: its step (the need step is 0) and its place in that step. */
export type Statement = { id: string; dimension: DimensionId | 'need'; step: number; question: number };

/** Every statement in the order the check shows it: the need step first, then the nine dimensions. */
export const statements: Statement[] = [
  content.needItems.map(({ id }) => ({ id, dimension: 'need' as const })),
  ...content.dimensions.map((d) => content.items.filter((item) => item.dimension === d.id).map(({ id }) => ({ id, dimension: d.id }))),
].flatMap((items, step) => items.map((item, question) => ({ ...item, step, question })));

/** Answers to every statement of the check, the need step's included; `value` decides each one (`index` counts all). */
export function answerAll(value: (item: Statement, index: number) => AnswerValue): Answers {
  return Object.fromEntries(statements.map((item, index) => [item.id, value(item, index)]));
}

/** Answers every item of a dimension with `byDimension[dimension]`, the rest (the need step's too) with `otherwise`. */
export function answerByDimension(byDimension: Partial<Record<DimensionId, AnswerValue>>, otherwise: AnswerValue): Answers {
  return answerAll((item) => (item.dimension === 'need' ? undefined : byDimension[item.dimension]) ?? otherwise);
}

const DEFAULT_CREATED_AT = '2026-03-05T10:30:00.000Z';

/** A stored assessment as the app keeps it; a coach's check is in coach mode unless told otherwise. */
export function makeAssessment(
  options: {
    id?: string;
    createdAt?: string;
    answers?: Answers;
    profile?: Profile;
    notes?: Notes;
    coachName?: string;
    respondent?: Assessment['respondent'];
    coachMode?: boolean;
    /** The channel plan's answers; none given unless told. */
    channels?: ChannelAnswers;
  } = {},
): Assessment {
  const createdAt = options.createdAt ?? DEFAULT_CREATED_AT;
  const respondent = options.respondent ?? 'owner';
  const assessment = createAssessment(options.id ?? `a-${createdAt.slice(0, 10)}`, new Date(createdAt), {
    respondent,
    coachMode: options.coachMode ?? respondent === 'coach',
    profile: options.profile ?? {},
  });
  return {
    ...assessment,
    ...(options.coachName ? { coachName: options.coachName } : {}),
    answers: options.answers ?? {},
    notes: options.notes ?? {},
    ...(options.channels ? { channels: options.channels } : {}),
  };
}

/** A stored client of the coach area with its checks. */
export function makeClient(options: {
  id: string;
  name: string;
  createdAt?: string;
  assessments?: Assessment[];
  profile?: Profile;
  targets?: Targets;
}): Client {
  const client = createClient(options.id, options.name, new Date(options.createdAt ?? '2026-01-10T09:00:00.000Z'), options.profile ?? {});
  return { ...client, targets: options.targets ?? {}, assessments: options.assessments ?? [] };
}

/** A team round with its responses as stored once they came in (an hour after the round was started, unless given). */
export function makeRound(options: {
  id?: string;
  company: string;
  locale?: Locale;
  createdAt?: string;
  clientId?: string;
  responses?: (Partial<TeamResponse> & { answers: Answers })[];
}): TeamRound {
  const createdAt = options.createdAt ?? '2026-12-01T09:00:00.000Z';
  const received = new Date(new Date(createdAt).getTime() + 60 * 60 * 1000).toISOString();
  const round = createRound(options.id ?? createRoundId(), options.company, options.locale ?? 'de', new Date(createdAt), options.clientId);
  const responses = (options.responses ?? []).map((response) => ({
    respondentId: createRespondentId(),
    answeredAt: received,
    receivedAt: received,
    ...response,
  }));
  return { ...round, responses };
}

/** The text the app stores under STORAGE_KEY for this workspace (the current versioned envelope). */
export function storedText(workspace: Workspace): string {
  return serializeWorkspace(workspace, new Date('2026-03-05T12:00:00.000Z'));
}
