import type { BandId, DimensionId, Market, RunnerId } from './content-schema';
import { emptyChannelAnswers, type ChannelAnswers } from './channel-schema';
import { scoreAssessment, type ScoringModel } from './scoring';
import type { ActionStep, AnswerValue, Answers, Assessment, Client, NoteKey, Notes, Profile, Targets, Workspace } from './schemas';
import { contextOf } from './variants';

/** Which assessment a screen works on: the owner's own check, one of a coach's clients, or this person's answers to a team round. */
export type AssessmentRef =
  | { kind: 'current' }
  | { kind: 'client'; clientId: string; assessmentId: string }
  | { kind: 'round'; roundId: string };

export const currentRef: AssessmentRef = { kind: 'current' };

/** Reads which assessment a URL means: `?client=…&assessment=…`, `?round=…`, else the owner's own check. */
export function readAssessmentRef(params: { get(name: string): string | null }): AssessmentRef {
  const clientId = params.get('client');
  const assessmentId = params.get('assessment');
  if (clientId && assessmentId) return { kind: 'client', clientId, assessmentId };
  const roundId = params.get('round');
  return roundId ? { kind: 'round', roundId } : currentRef;
}

/**
 * The app path of the check or the results of an assessment ("/results", "/check?client=…&assessment=…&step=2"),
 * ids URL-encoded, so imported ids with spaces, «/», «?» or «#» still point at the right check.
 */
export function assessmentHref(page: 'check' | 'results', ref: AssessmentRef, options: { step?: number } = {}): string {
  const params = new URLSearchParams();
  if (ref.kind === 'client') {
    params.set('client', ref.clientId);
    params.set('assessment', ref.assessmentId);
  }
  if (ref.kind === 'round') params.set('round', ref.roundId);
  if (options.step !== undefined) params.set('step', String(options.step));
  const query = params.toString();
  return query ? `/${page}?${query}` : `/${page}`;
}

/**
 * The check's steps: the need step, one per dimension, then the channel questions — except in a team round, whose
 * answers need no channel plan. Returns the number of steps and the channel step's number (null without one).
 */
export function checkSteps(dimensionCount: number, ref: Pick<AssessmentRef, 'kind'>): { total: number; channelStep: number | null } {
  const channelStep = ref.kind === 'round' ? null : dimensionCount + 2;
  return { total: channelStep ?? dimensionCount + 1, channelStep };
}

/**
 * The step (1-based) to resume at: the first with an unanswered item; with every item answered, `finalStep` (a step
 * after the item steps, such as the channel questions) or else the last; 1 without an assessment.
 */
export function firstOpenStep(
  steps: readonly { itemIds: readonly string[] }[],
  answers: Answers | null,
  finalStep: number | null = null,
): number {
  if (!answers) return 1;
  const index = steps.findIndex((step) => step.itemIds.some((id) => !Object.hasOwn(answers, id)));
  return index === -1 ? (finalStep ?? Math.max(steps.length, 1)) : index + 1;
}

/** Sets the answers the channel plan is made from. */
export function withChannels(assessment: Assessment, channels: ChannelAnswers, now: Date): Assessment {
  return { ...assessment, channels, updatedAt: now.toISOString() };
}

/** Starts an assessment over: answers, channel answers, notes and the action plan go; who answers, the profile and the id stay. */
export function restartAssessment(assessment: Assessment, now: Date): Assessment {
  return { ...assessment, answers: {}, channels: emptyChannelAnswers(), notes: {}, actionPlan: { steps: {} }, updatedAt: now.toISOString() };
}

/** Creates an empty assessment. */
export function createAssessment(
  id: string,
  now: Date,
  options: { respondent?: Assessment['respondent']; coachMode?: boolean; profile?: Profile } = {},
): Assessment {
  const iso = now.toISOString();
  return {
    id,
    createdAt: iso,
    updatedAt: iso,
    respondent: options.respondent ?? 'owner',
    coachMode: options.coachMode ?? false,
    profile: options.profile ?? {},
    answers: {},
    channels: emptyChannelAnswers(),
    notes: {},
    actionPlan: { steps: {} },
  };
}

/** Finds the assessment a reference points to, or null. */
export function findAssessment(workspace: Workspace, ref: AssessmentRef): Assessment | null {
  if (ref.kind === 'current') return workspace.current;
  if (ref.kind === 'round') return (workspace.participations ?? []).find((p) => p.roundId === ref.roundId)?.assessment ?? null;
  const client = workspace.clients.find((c) => c.id === ref.clientId);
  return client?.assessments.find((a) => a.id === ref.assessmentId) ?? null;
}

/** Finds a client by id, or null. */
export function findClient(workspace: Workspace, clientId: string): Client | null {
  return workspace.clients.find((c) => c.id === clientId) ?? null;
}

/** Applies a change to the referenced assessment; the current one is created on first write. */
export function updateAssessment(
  workspace: Workspace,
  ref: AssessmentRef,
  change: (assessment: Assessment) => Assessment,
  create: () => Assessment,
): Workspace {
  if (ref.kind === 'current') {
    return { ...workspace, current: change(workspace.current ?? create()) };
  }
  if (ref.kind === 'round') {
    // A round's assessment exists from the moment the person joins; without it there is nothing to change.
    if (!workspace.participations) return workspace;
    const participations = workspace.participations.map((p) =>
      p.roundId === ref.roundId ? { ...p, assessment: change(p.assessment) } : p,
    );
    return { ...workspace, participations };
  }
  return {
    ...workspace,
    clients: workspace.clients.map((client) =>
      client.id !== ref.clientId
        ? client
        : { ...client, assessments: client.assessments.map((a) => (a.id === ref.assessmentId ? change(a) : a)) },
    ),
  };
}

/** Sets or clears one answer. */
export function withAnswer(assessment: Assessment, itemId: string, value: AnswerValue | undefined, now: Date): Assessment {
  const answers = { ...assessment.answers };
  if (value === undefined) delete answers[itemId];
  else answers[itemId] = value;
  return { ...assessment, answers, updatedAt: now.toISOString() };
}

/**
 * Replaces the fields of the company profile that `profile` names; who runs the channels and the market are answers
 * of the check, so a profile form that does not show them keeps them.
 */
export function withProfile(assessment: Assessment, profile: Profile, now: Date): Assessment {
  const kept: Profile = {};
  if (!Object.hasOwn(profile, 'runner') && assessment.profile.runner) kept.runner = assessment.profile.runner;
  if (!Object.hasOwn(profile, 'market') && assessment.profile.market) kept.market = assessment.profile.market;
  return { ...assessment, profile: { ...kept, ...profile }, updatedAt: now.toISOString() };
}

/** Sets who runs the channels and/or whom the firm mainly sells to (the first questions of the check). */
export function withSetup(
  assessment: Assessment,
  setup: { runner?: RunnerId; market?: Market },
  now: Date,
): Assessment {
  return { ...assessment, profile: { ...assessment.profile, ...setup }, updatedAt: now.toISOString() };
}

/** Sets the coach's note for one dimension or the need step (empty text removes it). */
export function withNote(assessment: Assessment, dimension: NoteKey, note: string, now: Date): Assessment {
  const notes: Notes = { ...assessment.notes };
  if (note.trim() === '') delete notes[dimension];
  else notes[dimension] = note;
  return { ...assessment, notes, updatedAt: now.toISOString() };
}

/** Sets the next step for one priority (an empty step removes it). */
export function withActionStep(
  assessment: Assessment,
  dimension: DimensionId,
  step: ActionStep | undefined,
  now: Date,
): Assessment {
  const steps = { ...assessment.actionPlan.steps };
  if (!step || step.step.trim() === '') delete steps[dimension];
  else steps[dimension] = step;
  return { ...assessment, actionPlan: { ...assessment.actionPlan, steps }, updatedAt: now.toISOString() };
}

/** Sets the next steps of the given priorities at once (a priority without a step loses its old one) and the follow-up date. */
export function withActionPlan(
  assessment: Assessment,
  steps: Partial<Record<DimensionId, ActionStep>>,
  priorities: readonly DimensionId[],
  followUp: string | undefined,
  now: Date,
): Assessment {
  const planned = priorities.reduce((a, dimension) => withActionStep(a, dimension, steps[dimension], now), assessment);
  return withFollowUp(planned, followUp, now);
}

/** Sets or clears the follow-up date (YYYY-MM-DD). */
export function withFollowUp(assessment: Assessment, followUp: string | undefined, now: Date): Assessment {
  const actionPlan = { ...assessment.actionPlan, followUp: followUp || undefined };
  return { ...assessment, actionPlan, updatedAt: now.toISOString() };
}

/** Adds a client. */
export function addClient(workspace: Workspace, client: Client): Workspace {
  return { ...workspace, clients: [...workspace.clients, client] };
}

/** Applies a change to one client. */
export function updateClient(workspace: Workspace, clientId: string, change: (client: Client) => Client): Workspace {
  return { ...workspace, clients: workspace.clients.map((c) => (c.id === clientId ? change(c) : c)) };
}

/** Removes a client and all of its assessments. */
export function removeClient(workspace: Workspace, clientId: string): Workspace {
  return { ...workspace, clients: workspace.clients.filter((c) => c.id !== clientId) };
}

/** Adds an assessment to a client. */
export function addClientAssessment(workspace: Workspace, clientId: string, assessment: Assessment): Workspace {
  return updateClient(workspace, clientId, (c) => ({ ...c, assessments: [...c.assessments, assessment] }));
}

/** Removes one assessment of a client. */
export function removeClientAssessment(workspace: Workspace, clientId: string, assessmentId: string): Workspace {
  return updateClient(workspace, clientId, (c) => ({
    ...c,
    assessments: c.assessments.filter((a) => a.id !== assessmentId),
  }));
}

/** Sets the coach's target scores for a client. */
export function withTargets(workspace: Workspace, clientId: string, targets: Targets): Workspace {
  return updateClient(workspace, clientId, (c) => ({ ...c, targets }));
}

/** A client's assessments, oldest first (by instant: imported dates may carry any UTC offset). */
export function sortByDate(assessments: readonly Assessment[]): Assessment[] {
  return [...assessments].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
}

export type ClientSummary = {
  count: number;
  latest: { id: string; createdAt: string; overall: number | null; band: BandId | null } | null;
};

/** A client's row in the coach's list: how many checks, and the latest one's date, score and level. */
export function summarizeClient(client: Client, model: ScoringModel): ClientSummary {
  const latest = sortByDate(client.assessments).at(-1);
  if (!latest) return { count: 0, latest: null };
  const result = scoreAssessment(latest.answers, model, contextOf(latest.profile));
  return {
    count: client.assessments.length,
    latest: { id: latest.id, createdAt: latest.createdAt, overall: result.overall, band: result.band },
  };
}

/** Creates a client with a name and an optional profile. */
export function createClient(id: string, name: string, now: Date, profile: Profile = {}): Client {
  return { id, name, createdAt: now.toISOString(), profile, targets: {}, assessments: [] };
}
