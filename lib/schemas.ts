import * as v from 'valibot';
import { object, partialRecord, record } from './schema-parts';
import { answerValues, type AnswerValue } from './answers';
import { channelAnswersSchema, emptyChannelAnswers } from './channel-schema';
import { dimensionIds, locales, markets, runnerIds } from './content-ids';

/** Caps on user-entered text; documented in the README (share/import rules). */
export const limits = {
  companyName: 80,
  industry: 80,
  coachName: 80,
  clientName: 80,
  note: 2000,
  actionStep: 300,
  owner: 80,
  coachFirm: 80,
  phone: 40,
  email: 120,
  website: 120,
} as const;

const dimensionIdSchema = v.picklist(dimensionIds);

export const answerValueSchema = v.picklist(answerValues);
export type { AnswerValue };

const itemIdSchema = v.pipe(v.string(), v.regex(/^[a-z]+-[a-z0-9-]+$/), v.maxLength(60));

/** Answers by item id; items not yet answered are simply absent. */
export const answersSchema = record(itemIdSchema, answerValueSchema);
export type Answers = v.InferOutput<typeof answersSchema>;

/** One schema per cap, shared by every field with that cap: a schema never changes once made. */
function perCap<T>(make: (max: number) => T): (max: number) => T {
  const made = new Map<number, T>();
  return (max) => {
    let schema = made.get(max);
    if (schema === undefined) made.set(max, (schema = make(max)));
    return schema;
  };
}

/** Trims and caps free text so that overlong input is cut, never rejected wholesale. */
const text = perCap((max: number) =>
  v.pipe(
    v.string(),
    v.transform((s: string) => {
      // Cut, then trim, so that reading the result again changes nothing; never leave half a surrogate pair.
      let cut = s.trim().slice(0, max);
      if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
      return cut.trim();
    }),
    v.maxLength(max),
  ),
);

const optionalText = perCap((max: number) => v.optional(v.pipe(text(max), v.transform((s: string) => (s ? s : undefined)))));

/** A choice from a form's select, where the empty option means "not specified". */
const optionalChoice = <const T extends readonly [string, ...string[]]>(values: T) =>
  v.optional(v.union([v.picklist(values), v.pipe(v.literal(''), v.transform(() => undefined))]));

export const sizeBands = ['1-9', '10-49', '50-249'] as const;
export { markets, runnerIds };

/** The optional company profile; the same schema validates the form, storage, share links and imports. */
export const profileSchema = object({
  companyName: optionalText(limits.companyName),
  industry: optionalText(limits.industry),
  size: optionalChoice(sizeBands),
  market: optionalChoice(markets),
  /** Who would run the channels; asked at the start of the check, it sets the wording. */
  runner: optionalChoice(runnerIds),
});
export type Profile = v.InferOutput<typeof profileSchema>;

/** What a coach's note can be about: each dimension, and the need step. */
export const noteKeys = [...dimensionIds, 'need'] as const;
export const noteKeySchema = v.picklist(noteKeys);
export type NoteKey = v.InferOutput<typeof noteKeySchema>;

export const notesSchema = partialRecord(noteKeySchema, text(limits.note));
export type Notes = v.InferOutput<typeof notesSchema>;

const isoDateTime = v.pipe(v.string(), v.isoTimestamp());
const idSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(64));

export const respondents = ['owner', 'coach'] as const;

export const dueOptions = ['30', '60', '90'] as const;

/** The next step agreed for one priority. */
export const actionStepSchema = object({
  step: text(limits.actionStep),
  owner: optionalText(limits.owner),
  due: v.optional(v.picklist(dueOptions)),
});
export type ActionStep = v.InferOutput<typeof actionStepSchema>;

export const actionPlanSchema = object({
  steps: v.optional(partialRecord(dimensionIdSchema, actionStepSchema), {}),
  /** Date of the follow-up session (YYYY-MM-DD). */
  followUp: v.optional(v.pipe(v.string(), v.isoDate())),
});
export type ActionPlan = v.InferOutput<typeof actionPlanSchema>;

/** One run of the check, with its action plan. */
export const assessmentWithPlanSchema = object({
  id: idSchema,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  /** Who answered: the owner alone, or the coach about the client. */
  respondent: v.optional(v.picklist(respondents), 'owner'),
  coachMode: v.optional(v.boolean(), false),
  coachName: optionalText(limits.coachName),
  profile: v.optional(profileSchema, {}),
  answers: v.optional(answersSchema, {}),
  notes: v.optional(notesSchema, {}),
  actionPlan: v.optional(actionPlanSchema, { steps: {} }),
  /** What the channel plan is made from: reach, goals, hours, formats, the channels there are. */
  channels: v.optional(channelAnswersSchema, emptyChannelAnswers),
});

/** Target score per dimension, set by the coach for one client. */
export const targetsSchema = partialRecord(dimensionIdSchema, v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100)));
export type Targets = v.InferOutput<typeof targetsSchema>;

/** A client's name: never empty. */
export const clientNameSchema = v.pipe(text(limits.clientName), v.minLength(1));

export const clientSchema = object({
  id: idSchema,
  name: clientNameSchema,
  createdAt: isoDateTime,
  profile: v.optional(profileSchema, {}),
  targets: v.optional(targetsSchema, {}),
  assessments: v.optional(v.pipe(v.array(assessmentWithPlanSchema), v.maxLength(500)), []),
});
export type Client = v.InferOutput<typeof clientSchema>;

/** A team round's id: base64url of 8 random bytes (11 characters, the last carrying 4 bits). */
export const roundIdSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{10}[AEIMQUYcgkosw048]$/));
/** A respondent's id within a round: base64url of 6 random bytes. */
export const respondentIdSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{8}$/));

export const roundStatuses = ['open', 'closed'] as const;

/** One person's answers, as collected by the organiser from their answer link. */
export const teamResponseSchema = object({
  respondentId: respondentIdSchema,
  answeredAt: isoDateTime,
  receivedAt: isoDateTime,
  name: optionalText(limits.owner),
  role: optionalText(limits.owner),
  answers: v.optional(answersSchema, {}),
});
export type TeamResponse = v.InferOutput<typeof teamResponseSchema>;

/** A team round the organiser started: for the owner's own company, or for one of a coach's clients. */
export const teamRoundSchema = object({
  id: roundIdSchema,
  companyName: text(limits.companyName),
  locale: v.picklist(locales),
  createdAt: isoDateTime,
  status: v.optional(v.picklist(roundStatuses), 'open'),
  /** The coach's client the round belongs to; absent for the owner's own round. */
  clientId: v.optional(idSchema),
  responses: v.optional(v.pipe(v.array(teamResponseSchema), v.maxLength(200)), []),
});
export type TeamRound = v.InferOutput<typeof teamRoundSchema>;

/** A round this browser's person was invited to, with their own answers (they stay here as well). */
export const participationSchema = object({
  roundId: roundIdSchema,
  respondentId: respondentIdSchema,
  companyName: text(limits.companyName),
  locale: v.picklist(locales),
  joinedAt: isoDateTime,
  name: optionalText(limits.owner),
  role: optionalText(limits.owner),
  assessment: assessmentWithPlanSchema,
});
export type Participation = v.InferOutput<typeof participationSchema>;

/** A logo re-encoded in the browser (PNG or JPEG, never SVG), as a data URL of at most about 200 kB. */
export const LOGO_MAX_DATA_URL_LENGTH = 280_000;
export const logoDataUrlSchema = v.pipe(
  v.string(),
  v.maxLength(LOGO_MAX_DATA_URL_LENGTH),
  v.regex(/^data:image\/(?:png|jpeg);base64,[A-Za-z0-9+/]+={0,2}$/),
);

/** The coach's letterhead, printed on the results of checks run in coach mode; it never travels in a share link. */
export const coachProfileSchema = object({
  name: optionalText(limits.coachName),
  firm: optionalText(limits.coachFirm),
  phone: optionalText(limits.phone),
  email: optionalText(limits.email),
  website: optionalText(limits.website),
  logo: v.optional(logoDataUrlSchema),
});
export type CoachProfile = v.InferOutput<typeof coachProfileSchema>;

/** Everything the app keeps in this browser: the owner's own check, the coach's clients and letterhead, the team rounds. */
export const workspaceSchema = object({
  current: v.optional(v.nullable(assessmentWithPlanSchema), null),
  clients: v.optional(v.pipe(v.array(clientSchema), v.maxLength(500)), []),
  /** Absent in data stored before team rounds: read it through `roundsOf`, never as `workspace.rounds`. */
  rounds: v.optional(v.pipe(v.array(teamRoundSchema), v.maxLength(500))),
  /** Absent in data stored before team rounds: read it through `participationsOf`. */
  participations: v.optional(v.pipe(v.array(participationSchema), v.maxLength(200))),
  /** Absent until the coach sets up a letterhead; a missing one reads as empty (data stored before it parses unchanged). */
  coachProfile: v.optional(coachProfileSchema),
});
export type Workspace = v.InferOutput<typeof workspaceSchema>;
export type Assessment = v.InferOutput<typeof assessmentWithPlanSchema>;
export type AssessmentInput = v.InferInput<typeof assessmentWithPlanSchema>;
