import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { Assessment, Client, Workspace } from './schemas';
import { assessmentWithPlanSchema, clientSchema, workspaceSchema } from './schemas';
import {
  addClient,
  addClientAssessment,
  createAssessment,
  createClient,
  currentRef,
  findAssessment,
  findClient,
  removeClient,
  removeClientAssessment,
  sortByDate,
  summarizeClient,
  updateAssessment,
  updateClient,
  withActionStep,
  withAnswer,
  withFollowUp,
  withNote,
  withProfile,
  withSetup,
  withTargets,
  readAssessmentRef,
  assessmentHref,
  checkSteps,
  firstOpenStep,
  restartAssessment,
  withActionPlan,
} from './workspace';
import { toyItems, toyModel } from './fixtures/toy-model';
import fc from 'fast-check';

const created = new Date('2026-03-02T08:30:00.000Z');
const later = new Date('2026-03-02T09:45:00.000Z');

/** Freezes a value and everything inside it, so any mutation throws (the test files run in strict mode). */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** Freezes the input and returns a deep copy to compare with after the call. */
function frozenWithSnapshot<T>(value: T): [T, T] {
  const snapshot = structuredClone(value);
  return [deepFreeze(value), snapshot];
}

/** An assessment with `createdAt` exactly as given (imported files may carry any offset). */
function assessment(id: string, createdAt: string, overrides: Partial<Assessment> = {}): Assessment {
  return { ...createAssessment(id, created), createdAt, updatedAt: createdAt, ...overrides };
}

function client(id: string, name: string, assessments: Assessment[] = []): Client {
  return { ...createClient(id, name, created), assessments };
}

// Two items per dimension: a dimension is scored with at least two answers on the scale.
const items = toyItems();
const model = toyModel(items);
/** Every item of the toy model answered with one value: each dimension, and so the overall score, is (value − 1)·25. */
const allAnswered = (value: 1 | 2 | 3 | 4 | 5) => Object.fromEntries(items.map((i) => [i.id, value]));

describe('createAssessment', () => {
  it('creates an empty owner assessment by default, stamped with the given time', () => {
    const a = createAssessment('a-1', created);
    expect(a).toEqual({
      id: 'a-1',
      createdAt: '2026-03-02T08:30:00.000Z',
      updatedAt: '2026-03-02T08:30:00.000Z',
      respondent: 'owner',
      coachMode: false,
      profile: {},
      answers: {},
      channels: { goals: [], existing: {} },
      notes: {},
      actionPlan: { steps: {} },
    });
    expect(v.parse(assessmentWithPlanSchema, a)).toEqual(a);
  });

  it('takes the respondent, coach mode and profile from the options', () => {
    const profile = { companyName: 'Schreinerei Graf', size: '10-49' as const };
    const a = createAssessment('a-2', created, { respondent: 'coach', coachMode: true, profile });
    expect(a).toMatchObject({ respondent: 'coach', coachMode: true, profile });
  });

  it('gives every assessment its own objects, so changing one never changes another', () => {
    const a = createAssessment('a', created);
    const b = createAssessment('b', created);
    expect(a.answers).not.toBe(b.answers);
    expect(a.notes).not.toBe(b.notes);
    expect(a.actionPlan).not.toBe(b.actionPlan);
    expect(a.actionPlan.steps).not.toBe(b.actionPlan.steps);
  });
});

describe('withAnswer, withNote, withActionStep, withFollowUp, withProfile', () => {
  const base = () => assessment('a-1', '2026-03-02T08:30:00.000Z', { answers: { 'strategy-a': 2 } });

  it('withAnswer sets, replaces and clears one answer and stamps updatedAt, leaving the input untouched', () => {
    const [input, snapshot] = frozenWithSnapshot(base());
    const set = withAnswer(input, 'time-a', 'unknown', later);
    expect(set.answers).toEqual({ 'strategy-a': 2, 'time-a': 'unknown' });
    expect(set.updatedAt).toBe(later.toISOString());
    expect(set.createdAt).toBe(input.createdAt);

    expect(withAnswer(input, 'strategy-a', 5, later).answers).toEqual({ 'strategy-a': 5 });
    const cleared = withAnswer(input, 'strategy-a', undefined, later);
    expect(cleared.answers).toEqual({});
    expect(Object.hasOwn(cleared.answers, 'strategy-a')).toBe(false);
    expect(input).toEqual(snapshot);
  });

  it('withNote keeps the text exactly as written, markup and quotes included, and removes a blank note', () => {
    const [input, snapshot] = frozenWithSnapshot(base());
    const note = '<script>alert("x")</script> «Zitat» "doppelt" \'einfach\'\nzweite Zeile';
    const noted = withNote(input, 'culture', note, later);
    expect(noted.notes).toEqual({ culture: note });
    expect(noted.updatedAt).toBe(later.toISOString());

    const replaced = withNote(noted, 'culture', 'neu', later);
    expect(replaced.notes).toEqual({ culture: 'neu' });
    expect(noted.notes).toEqual({ culture: note });

    const removed = withNote(noted, 'culture', '   \n ', later);
    expect(removed.notes).toEqual({});
    expect(Object.hasOwn(removed.notes, 'culture')).toBe(false);
    expect(input).toEqual(snapshot);
  });

  it('withActionStep sets a step per priority and removes it when it is missing or empty', () => {
    const [input, snapshot] = frozenWithSnapshot(base());
    const step = { step: 'Zwei Stunden pro Woche blocken', owner: 'Anna', due: '30' as const };
    const planned = withActionStep(input, 'time', step, later);
    expect(planned.actionPlan.steps).toEqual({ time: step });
    expect(planned.updatedAt).toBe(later.toISOString());

    const two = withActionStep(planned, 'content', { step: 'Themenliste anlegen' }, later);
    expect(Object.keys(two.actionPlan.steps)).toEqual(['time', 'content']);
    expect(planned.actionPlan.steps).toEqual({ time: step });

    expect(withActionStep(two, 'time', undefined, later).actionPlan.steps).toEqual({ content: { step: 'Themenliste anlegen' } });
    expect(withActionStep(two, 'time', { step: '  ' }, later).actionPlan.steps).toEqual({
      content: { step: 'Themenliste anlegen' },
    });
    expect(input).toEqual(snapshot);
  });

  it('withActionStep keeps the follow-up date, and withFollowUp keeps the steps', () => {
    const [input, snapshot] = frozenWithSnapshot(
      assessment('a-1', '2026-03-02T08:30:00.000Z', {
        actionPlan: { steps: { time: { step: 'Zeit blocken' } }, followUp: '2026-06-01' },
      }),
    );
    expect(withActionStep(input, 'people', { step: 'Kurs buchen' }, later).actionPlan).toEqual({
      steps: { time: { step: 'Zeit blocken' }, people: { step: 'Kurs buchen' } },
      followUp: '2026-06-01',
    });
    const moved = withFollowUp(input, '2026-07-15', later);
    expect(moved.actionPlan).toEqual({ steps: { time: { step: 'Zeit blocken' } }, followUp: '2026-07-15' });
    expect(moved.updatedAt).toBe(later.toISOString());
    expect(input).toEqual(snapshot);
  });

  it('withFollowUp clears the date for undefined or an empty string, and the result still validates', () => {
    const [input, snapshot] = frozenWithSnapshot(
      assessment('a-1', '2026-03-02T08:30:00.000Z', { actionPlan: { steps: {}, followUp: '2026-06-01' } }),
    );
    for (const cleared of [withFollowUp(input, undefined, later), withFollowUp(input, '', later)]) {
      expect(cleared.actionPlan.followUp).toBeUndefined();
      expect(JSON.parse(JSON.stringify(cleared.actionPlan))).toEqual({ steps: {} });
      expect(v.safeParse(assessmentWithPlanSchema, cleared).success).toBe(true);
    }
    expect(input).toEqual(snapshot);
  });

  it('withProfile replaces the profile and stamps updatedAt', () => {
    const [input, snapshot] = frozenWithSnapshot(base());
    const changed = withProfile(input, { companyName: 'Velo Huber', market: 'b2c' }, later);
    expect(changed.profile).toEqual({ companyName: 'Velo Huber', market: 'b2c' });
    expect(changed.updatedAt).toBe(later.toISOString());
    expect(changed.answers).toEqual(input.answers);
    expect(input).toEqual(snapshot);
  });

  it('withProfile keeps who runs the channels and the market unless the new profile names them', () => {
    const input = withSetup(base(), { runner: 'owner', market: 'b2b' }, later);
    expect(input.profile).toMatchObject({ runner: 'owner', market: 'b2b' });
    // A profile form without these two fields keeps them.
    expect(withProfile(input, { companyName: 'Velo Huber' }, later).profile).toEqual({
      runner: 'owner', market: 'b2b', companyName: 'Velo Huber',
    });
    // Named, they are replaced, also by «not specified».
    expect(withProfile(input, { market: 'b2c' }, later).profile).toEqual({ runner: 'owner', market: 'b2c' });
    expect(withProfile(input, { market: undefined, runner: undefined }, later).profile).toEqual({ market: undefined, runner: undefined });
  });

  it('withSetup sets who runs the channels and the market, and keeps the rest of the profile', () => {
    const [input, snapshot] = frozenWithSnapshot({ ...base(), profile: { companyName: 'Velo Huber', size: '1-9' as const } });
    const changed = withSetup(input, { runner: 'outside' }, later);
    expect(changed.profile).toEqual({ companyName: 'Velo Huber', size: '1-9', runner: 'outside' });
    expect(withSetup(changed, { market: 'mixed' }, later).profile).toEqual({ companyName: 'Velo Huber', size: '1-9', runner: 'outside', market: 'mixed' });
    expect(changed.updatedAt).toBe(later.toISOString());
    expect(input).toEqual(snapshot);
  });
});

describe('findAssessment and updateAssessment', () => {
  const first = assessment('a-1', '2026-01-10T10:00:00.000Z', { answers: { 'strategy-a': 1 } });
  const second = assessment('a-2', '2026-03-10T10:00:00.000Z', { answers: { 'strategy-a': 4 } });
  const other = assessment('a-1', '2026-02-01T10:00:00.000Z');
  const workspace = (): Workspace => ({
    current: null,
    clients: [client('c-1', 'Schreinerei Graf', [first, second]), client('c-2', 'Velo Huber', [other])],
  });

  it('finds the current assessment or a client assessment, and null for unknown references', () => {
    const ws = workspace();
    expect(findAssessment(ws, currentRef)).toBeNull();
    expect(findAssessment(ws, { kind: 'client', clientId: 'c-1', assessmentId: 'a-2' })).toBe(second);
    // Assessment ids are looked up within the client: c-2 has its own a-1.
    expect(findAssessment(ws, { kind: 'client', clientId: 'c-2', assessmentId: 'a-1' })).toBe(other);
    expect(findAssessment(ws, { kind: 'client', clientId: 'c-1', assessmentId: 'nope' })).toBeNull();
    expect(findAssessment(ws, { kind: 'client', clientId: 'nope', assessmentId: 'a-1' })).toBeNull();
  });

  it('creates the current assessment on the first write and changes it after that', () => {
    const [ws, snapshot] = frozenWithSnapshot(workspace());
    let creations = 0;
    const create = () => {
      creations += 1;
      return createAssessment('own', created);
    };
    const once = updateAssessment(ws, currentRef, (a) => withAnswer(a, 'time-a', 3, later), create);
    expect(creations).toBe(1);
    expect(once.current).toMatchObject({ id: 'own', answers: { 'time-a': 3 }, updatedAt: later.toISOString() });
    expect(once.clients).toBe(ws.clients);

    const twice = updateAssessment(once, currentRef, (a) => withAnswer(a, 'people-a', 5, later), create);
    expect(creations).toBe(1);
    expect(twice.current?.answers).toEqual({ 'time-a': 3, 'people-a': 5 });
    expect(once.current?.answers).toEqual({ 'time-a': 3 });
    expect(ws).toEqual(snapshot);
  });

  it('changes exactly the referenced client assessment and never calls create for a client', () => {
    const [ws, snapshot] = frozenWithSnapshot(workspace());
    const create = () => {
      throw new Error('create must not be called for a client assessment');
    };
    const next = updateAssessment(
      ws,
      { kind: 'client', clientId: 'c-1', assessmentId: 'a-1' },
      (a) => withNote(a, 'time', 'Keine Zeit', later),
      create,
    );
    expect(findAssessment(next, { kind: 'client', clientId: 'c-1', assessmentId: 'a-1' })?.notes).toEqual({ time: 'Keine Zeit' });
    // The other client's a-1 and the sibling assessment are the very same objects as before.
    expect(findClient(next, 'c-2')).toBe(ws.clients[1]);
    expect(findClient(next, 'c-1')?.assessments[1]).toBe(second);
    expect(ws).toEqual(snapshot);
  });

  it('leaves the workspace as it was for a reference to a missing client or assessment', () => {
    const [ws, snapshot] = frozenWithSnapshot(workspace());
    const change = (a: Assessment) => withAnswer(a, 'time-a', 1, later);
    const create = () => createAssessment('x', created);
    expect(updateAssessment(ws, { kind: 'client', clientId: 'nope', assessmentId: 'a-1' }, change, create)).toEqual(snapshot);
    expect(updateAssessment(ws, { kind: 'client', clientId: 'c-1', assessmentId: 'nope' }, change, create)).toEqual(snapshot);
    expect(ws).toEqual(snapshot);
  });
});

describe('client CRUD', () => {
  const empty = (): Workspace => ({ current: null, clients: [] });

  it('createClient makes a valid client with a name, no targets and no assessments', () => {
    const c = createClient('c-1', 'Bäckerei Müller AG', created, { industry: 'Lebensmittel' });
    expect(c).toEqual({
      id: 'c-1',
      name: 'Bäckerei Müller AG',
      createdAt: created.toISOString(),
      profile: { industry: 'Lebensmittel' },
      targets: {},
      assessments: [],
    });
    expect(v.parse(clientSchema, c)).toEqual(c);
    expect(createClient('c-2', 'X', created).profile).toEqual({});
  });

  it('addClient appends in order and keeps the owner’s own check', () => {
    const own = createAssessment('own', created);
    const [ws, snapshot] = frozenWithSnapshot<Workspace>({ current: own, clients: [] });
    const one = addClient(ws, client('c-1', 'Graf'));
    const two = addClient(one, client('c-2', 'Huber'));
    expect(two.clients.map((c) => c.name)).toEqual(['Graf', 'Huber']);
    expect(two.current).toEqual(own);
    expect(one.clients).toHaveLength(1);
    expect(ws).toEqual(snapshot);
    expect(v.safeParse(workspaceSchema, two).success).toBe(true);
  });

  it('updateClient renames one client and leaves the others as they were', () => {
    const [ws, snapshot] = frozenWithSnapshot(addClient(addClient(empty(), client('c-1', 'Graf')), client('c-2', 'Huber')));
    const renamed = updateClient(ws, 'c-2', (c) => ({ ...c, name: 'Velo Huber GmbH' }));
    expect(renamed.clients.map((c) => c.name)).toEqual(['Graf', 'Velo Huber GmbH']);
    expect(renamed.clients[0]).toBe(ws.clients[0]);
    expect(updateClient(ws, 'nope', (c) => ({ ...c, name: 'x' }))).toEqual(snapshot);
    expect(ws).toEqual(snapshot);
  });

  it('removeClient removes the client with all its assessments, and nothing else', () => {
    const a = assessment('a-1', '2026-01-01T00:00:00.000Z');
    const [ws, snapshot] = frozenWithSnapshot(addClient(addClient(empty(), client('c-1', 'Graf', [a])), client('c-2', 'Huber')));
    const removed = removeClient(ws, 'c-1');
    expect(removed.clients.map((c) => c.id)).toEqual(['c-2']);
    expect(findAssessment(removed, { kind: 'client', clientId: 'c-1', assessmentId: 'a-1' })).toBeNull();
    expect(removeClient(ws, 'nope').clients).toEqual(snapshot.clients);
    expect(ws).toEqual(snapshot);
  });

  it('addClientAssessment and removeClientAssessment add and remove one assessment of one client', () => {
    const a1 = assessment('a-1', '2026-01-01T00:00:00.000Z');
    const a2 = assessment('a-2', '2026-02-01T00:00:00.000Z');
    const [ws, snapshot] = frozenWithSnapshot(addClient(addClient(empty(), client('c-1', 'Graf', [a1])), client('c-2', 'Huber')));
    const added = addClientAssessment(ws, 'c-1', a2);
    expect(findClient(added, 'c-1')?.assessments.map((a) => a.id)).toEqual(['a-1', 'a-2']);
    expect(findClient(added, 'c-2')?.assessments).toEqual([]);

    const removed = removeClientAssessment(added, 'c-1', 'a-1');
    expect(findClient(removed, 'c-1')?.assessments.map((a) => a.id)).toEqual(['a-2']);
    expect(findClient(added, 'c-1')?.assessments.map((a) => a.id)).toEqual(['a-1', 'a-2']);
    expect(removeClientAssessment(ws, 'c-1', 'nope')).toEqual(snapshot);
    expect(ws).toEqual(snapshot);
  });

  it('withTargets replaces the targets of one client', () => {
    const [ws, snapshot] = frozenWithSnapshot(addClient(addClient(empty(), client('c-1', 'Graf')), client('c-2', 'Huber')));
    const set = withTargets(ws, 'c-1', { strategy: 70, time: 50 });
    expect(findClient(set, 'c-1')?.targets).toEqual({ strategy: 70, time: 50 });
    expect(findClient(set, 'c-2')?.targets).toEqual({});
    expect(findClient(withTargets(set, 'c-1', { people: 0 }), 'c-1')?.targets).toEqual({ people: 0 });
    expect(ws).toEqual(snapshot);
  });

  it('findClient finds a client by id, or null', () => {
    const ws = addClient(empty(), client('c-1', 'Graf'));
    expect(findClient(ws, 'c-1')?.name).toBe('Graf');
    expect(findClient(ws, 'c-9')).toBeNull();
  });
});

describe('sortByDate', () => {
  it('sorts oldest first into a new array, leaving the input in its order', () => {
    const a = assessment('a', '2026-05-01T09:00:00.000Z');
    const b = assessment('b', '2025-12-24T18:00:00.000Z');
    const c = assessment('c', '2026-01-15T07:30:00.000Z');
    const [input, snapshot] = frozenWithSnapshot([a, b, c]);
    const sorted = sortByDate(input);
    expect(sorted.map((x) => x.id)).toEqual(['b', 'c', 'a']);
    expect(sorted).not.toBe(input);
    expect(input).toEqual(snapshot);
    expect(sortByDate([])).toEqual([]);
  });

  it('keeps assessments of the same moment in their given order', () => {
    const same = '2026-05-01T09:00:00.000Z';
    const list = ['x', 'y', 'z'].map((id) => assessment(id, same));
    expect(sortByDate(list).map((a) => a.id)).toEqual(['x', 'y', 'z']);
  });

  it('sorts by the instant, also when imported dates carry different time-zone offsets', () => {
    // 10:00 at +02:00 is 08:00 UTC: earlier than 09:00 UTC, although its text sorts later.
    const summer = assessment('summer', '2026-06-01T10:00:00+02:00');
    const utc = assessment('utc', '2026-06-01T09:00:00.000Z');
    expect(sortByDate([utc, summer]).map((a) => a.id)).toEqual(['summer', 'utc']);
    expect(sortByDate([summer, utc]).map((a) => a.id)).toEqual(['summer', 'utc']);
  });
});

describe('summarizeClient', () => {
  it('gives no latest check for a client without assessments', () => {
    expect(summarizeClient(client('c-1', 'Graf'), model)).toEqual({ count: 0, latest: null });
  });

  it('counts the checks and scores the latest by date, not the last in the list', () => {
    const newest = assessment('new', '2026-09-01T10:00:00.000Z', { answers: allAnswered(4) });
    const oldest = assessment('old', '2026-01-01T10:00:00.000Z', { answers: allAnswered(2) });
    const middle = assessment('mid', '2026-05-01T10:00:00.000Z', { answers: allAnswered(5) });
    const [c, snapshot] = frozenWithSnapshot(client('c-1', 'Graf', [newest, oldest, middle]));
    expect(summarizeClient(c, model)).toEqual({
      count: 3,
      latest: { id: 'new', createdAt: '2026-09-01T10:00:00.000Z', overall: 75, band: 'ready' },
    });
    expect(c).toEqual(snapshot);
  });

  it('reports no score and no level when the latest check has too few answers', () => {
    const scored = assessment('old', '2026-01-01T10:00:00.000Z', { answers: allAnswered(5) });
    const started = assessment('new', '2026-02-01T10:00:00.000Z', { answers: { 'strategy-a': 5 } });
    expect(summarizeClient(client('c-1', 'Graf', [scored, started]), model)).toEqual({
      count: 2,
      latest: { id: 'new', createdAt: '2026-02-01T10:00:00.000Z', overall: null, band: null },
    });
  });
});

describe('readAssessmentRef', () => {
  it('reads a client assessment only when both ids are present, else the owner\'s own check', () => {
    expect(readAssessmentRef(new URLSearchParams('client=c%201&assessment=a'))).toEqual({ kind: 'client', clientId: 'c 1', assessmentId: 'a' });
    expect(readAssessmentRef(new URLSearchParams('client=c'))).toEqual({ kind: 'current' });
    expect(readAssessmentRef(new URLSearchParams(''))).toEqual({ kind: 'current' });
  });
});

describe('checkSteps', () => {
  it('ends the owner\'s and the coach\'s check with the channel questions, and a team round without them', () => {
    expect(checkSteps(9, { kind: 'current' })).toEqual({ total: 11, channelStep: 11 });
    expect(checkSteps(9, { kind: 'client' })).toEqual({ total: 11, channelStep: 11 });
    expect(checkSteps(9, { kind: 'round' })).toEqual({ total: 10, channelStep: null });
  });
});

describe('assessmentHref', () => {
  it('points at the owner\'s own check without a query', () => {
    expect(assessmentHref('results', currentRef)).toBe('/results');
    expect(assessmentHref('check', currentRef, { step: 3 })).toBe('/check?step=3');
  });

  it('round-trips any client and assessment id through readAssessmentRef', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), fc.constantFrom('check', 'results' as const), (clientId, assessmentId, page) => {
        const ref = { kind: 'client' as const, clientId, assessmentId };
        const href = assessmentHref(page as 'check' | 'results', ref);
        const url = new URL(href, 'https://app.example/de');
        expect(url.pathname).toBe(`/${page}`);
        expect(url.hash).toBe('');
        expect(readAssessmentRef(url.searchParams)).toEqual(ref);
      }),
    );
  });
});

describe('firstOpenStep', () => {
  const steps = [{ itemIds: ['a-1', 'a-2'] }, { itemIds: ['b-1'] }, { itemIds: ['c-1'] }];

  it('starts at 1 without answers and resumes at the first step with an open item', () => {
    expect(firstOpenStep(steps, null)).toBe(1);
    expect(firstOpenStep(steps, {})).toBe(1);
    expect(firstOpenStep(steps, { 'a-1': 3 })).toBe(1);
    expect(firstOpenStep(steps, { 'a-1': 3, 'a-2': 'na' })).toBe(2);
    expect(firstOpenStep(steps, { 'a-1': 3, 'a-2': 'unknown', 'b-1': 1 })).toBe(3);
  });

  it('lands on the last step when everything is answered, and skips a step only when all of it is answered', () => {
    expect(firstOpenStep(steps, { 'a-1': 3, 'a-2': 2, 'b-1': 1, 'c-1': 5 })).toBe(3);
    expect(firstOpenStep(steps, { 'a-1': 3, 'a-2': 2, 'c-1': 5 })).toBe(2);
  });

  it('goes on to the step after the items (the channel questions) once every item is answered, and only then', () => {
    expect(firstOpenStep(steps, { 'a-1': 3, 'a-2': 2, 'b-1': 1, 'c-1': 5 }, 4)).toBe(4);
    expect(firstOpenStep(steps, { 'a-1': 3, 'a-2': 2, 'b-1': 1 }, 4)).toBe(3);
    expect(firstOpenStep(steps, null, 4)).toBe(1);
  });
});

describe('restartAssessment', () => {
  it('clears answers, notes and plan, and keeps the rest', () => {
    const [before, snapshot] = frozenWithSnapshot({
      ...assessment('a', '2026-01-01T10:00:00.000Z', { respondent: 'coach', coachMode: true, coachName: 'Rita' }),
      profile: { companyName: 'Müller' },
      answers: { 'strategy-a': 4 as const },
      channels: { reach: 'local' as const, goals: ['findable' as const], hours: 1 as const, formats: [], existing: { facebook: 'dormant' as const } },
      notes: { time: 'knapp' },
      actionPlan: { steps: { time: { step: 'Zeit blocken' } }, followUp: '2026-02-01' },
    });
    const after = restartAssessment(before, later);
    expect(before).toEqual(snapshot);
    expect(after).toEqual({ ...snapshot, answers: {}, channels: { goals: [], existing: {} }, notes: {}, actionPlan: { steps: {} }, updatedAt: later.toISOString() });
  });
});

describe('withActionPlan', () => {
  it('sets the steps of the priorities, drops a priority\'s emptied step, keeps steps of other topics, sets the follow-up', () => {
    const [before, snapshot] = frozenWithSnapshot(
      assessment('a', '2026-01-01T10:00:00.000Z', {
        actionPlan: { steps: { time: { step: 'alt' }, strategy: { step: 'Ziele' }, offline: { step: 'bleibt' } }, followUp: '2026-02-01' },
      }),
    );
    const after = withActionPlan(before, { time: { step: 'Zwei Stunden blocken', owner: 'Anna', due: '30' } }, ['time', 'strategy'], undefined, later);
    expect(before).toEqual(snapshot);
    expect(after.actionPlan).toEqual({ steps: { time: { step: 'Zwei Stunden blocken', owner: 'Anna', due: '30' }, offline: { step: 'bleibt' } } });
    expect(after.updatedAt).toBe(later.toISOString());
    expect(withActionPlan(before, {}, [], '2026-03-01', later).actionPlan.followUp).toBe('2026-03-01');
  });
});
