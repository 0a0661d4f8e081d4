import * as z from './zod';
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

const dimensionIdSchema = z.enum(dimensionIds);

export const answerValueSchema = z.literal(answerValues);
export type { AnswerValue };

const itemIdSchema = z.string().check(z.regex(/^[a-z]+-[a-z0-9-]+$/), z.maxLength(60));

/** Answers by item id; items not yet answered are simply absent. */
export const answersSchema = z.record(itemIdSchema, answerValueSchema);
export type Answers = z.infer<typeof answersSchema>;

/**
 * One schema per cap, shared by every field with that cap: a schema never changes once made, and each one zod builds
 * costs the browser time when this module loads (the results page loads it before it can show anything).
 */
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
  z.pipe(
    z.pipe(
      z.string(),
      z.transform((s: string) => {
        // Cut, then trim, so that reading the result again changes nothing; never leave half a surrogate pair.
        let cut = s.trim().slice(0, max);
        if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
        return cut.trim();
      }),
    ),
    z.string().check(z.maxLength(max)),
  ),
);

const optionalText = perCap((max: number) => z.optional(z.pipe(text(max), z.transform((s: string) => (s ? s : undefined)))));

/** A choice from a form's select, where the empty option means "not specified". */
const optionalChoice = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.optional(z.union([z.enum(values), z.pipe(z.literal(''), z.transform(() => undefined))]));

export const sizeBands = ['1-9', '10-49', '50-249'] as const;
export { markets, runnerIds };

/** The optional company profile; the same schema validates the form, storage, share links and imports. */
export const profileSchema = z.object({
  companyName: optionalText(limits.companyName),
  industry: optionalText(limits.industry),
  size: optionalChoice(sizeBands),
  market: optionalChoice(markets),
  /** Who would run the channels; asked at the start of the check, it sets the wording. */
  runner: optionalChoice(runnerIds),
});
export type Profile = z.infer<typeof profileSchema>;

/** What a coach's note can be about: each dimension, and the need step. */
export const noteKeys = [...dimensionIds, 'need'] as const;
export const noteKeySchema = z.enum(noteKeys);
export type NoteKey = z.infer<typeof noteKeySchema>;

export const notesSchema = z.partialRecord(noteKeySchema, text(limits.note));
export type Notes = z.infer<typeof notesSchema>;

const isoDateTime = z.iso.datetime({ offset: true });
const idSchema = z.string().check(z.minLength(1), z.maxLength(64));

export const respondents = ['owner', 'coach'] as const;

export const dueOptions = ['30', '60', '90'] as const;

/** The next step agreed for one priority. */
export const actionStepSchema = z.object({
  step: text(limits.actionStep),
  owner: optionalText(limits.owner),
  due: z.optional(z.enum(dueOptions)),
});
export type ActionStep = z.infer<typeof actionStepSchema>;

export const actionPlanSchema = z.object({
  steps: z._default(z.partialRecord(dimensionIdSchema, actionStepSchema), {}),
  /** Date of the follow-up session (YYYY-MM-DD). */
  followUp: z.optional(z.iso.date()),
});
export type ActionPlan = z.infer<typeof actionPlanSchema>;

/** One run of the check, with its action plan. */
export const assessmentWithPlanSchema = z.object({
  id: idSchema,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  /** Who answered: the owner alone, or the coach about the client. */
  respondent: z._default(z.enum(respondents), 'owner'),
  coachMode: z._default(z.boolean(), false),
  coachName: optionalText(limits.coachName),
  profile: z._default(profileSchema, {}),
  answers: z._default(answersSchema, {}),
  notes: z._default(notesSchema, {}),
  actionPlan: z._default(actionPlanSchema, { steps: {} }),
  /** What the channel plan is made from: reach, goals, hours, formats, the channels there are. */
  channels: z._default(channelAnswersSchema, emptyChannelAnswers),
});

/** Target score per dimension, set by the coach for one client. */
export const targetsSchema = z.partialRecord(dimensionIdSchema, z.int().check(z.minimum(0), z.maximum(100)));
export type Targets = z.infer<typeof targetsSchema>;

export const clientSchema = z.object({
  id: idSchema,
  name: z.pipe(text(limits.clientName), z.string().check(z.minLength(1))),
  createdAt: isoDateTime,
  profile: z._default(profileSchema, {}),
  targets: z._default(targetsSchema, {}),
  assessments: z._default(z.array(assessmentWithPlanSchema).check(z.maxLength(500)), []),
});
export type Client = z.infer<typeof clientSchema>;

/** A team round's id: base64url of 8 random bytes (11 characters, the last carrying 4 bits). */
export const roundIdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{10}[AEIMQUYcgkosw048]$/));
/** A respondent's id within a round: base64url of 6 random bytes. */
export const respondentIdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{8}$/));

export const roundStatuses = ['open', 'closed'] as const;

/** One person's answers, as collected by the organiser from their answer link. */
export const teamResponseSchema = z.object({
  respondentId: respondentIdSchema,
  answeredAt: isoDateTime,
  receivedAt: isoDateTime,
  name: optionalText(limits.owner),
  role: optionalText(limits.owner),
  answers: z._default(answersSchema, {}),
});
export type TeamResponse = z.infer<typeof teamResponseSchema>;

/** A team round the organiser started: for the owner's own company, or for one of a coach's clients. */
export const teamRoundSchema = z.object({
  id: roundIdSchema,
  companyName: text(limits.companyName),
  locale: z.enum(locales),
  createdAt: isoDateTime,
  status: z._default(z.enum(roundStatuses), 'open'),
  /** The coach's client the round belongs to; absent for the owner's own round. */
  clientId: z.optional(idSchema),
  responses: z._default(z.array(teamResponseSchema).check(z.maxLength(200)), []),
});
export type TeamRound = z.infer<typeof teamRoundSchema>;

/** A round this browser's person was invited to, with their own answers (they stay here as well). */
export const participationSchema = z.object({
  roundId: roundIdSchema,
  respondentId: respondentIdSchema,
  companyName: text(limits.companyName),
  locale: z.enum(locales),
  joinedAt: isoDateTime,
  name: optionalText(limits.owner),
  role: optionalText(limits.owner),
  assessment: assessmentWithPlanSchema,
});
export type Participation = z.infer<typeof participationSchema>;

/** A logo re-encoded in the browser (PNG or JPEG, never SVG), as a data URL of at most about 200 kB. */
export const LOGO_MAX_DATA_URL_LENGTH = 280_000;
export const logoDataUrlSchema = z
  .string()
  .check(z.maxLength(LOGO_MAX_DATA_URL_LENGTH), z.regex(/^data:image\/(?:png|jpeg);base64,[A-Za-z0-9+/]+={0,2}$/));

/** The coach's letterhead, printed on the results of checks run in coach mode; it never travels in a share link. */
export const coachProfileSchema = z.object({
  name: optionalText(limits.coachName),
  firm: optionalText(limits.coachFirm),
  phone: optionalText(limits.phone),
  email: optionalText(limits.email),
  website: optionalText(limits.website),
  logo: z.optional(logoDataUrlSchema),
});
export type CoachProfile = z.infer<typeof coachProfileSchema>;

/** Everything the app keeps in this browser: the owner's own check, the coach's clients and letterhead, the team rounds. */
export const workspaceSchema = z.object({
  current: z._default(z.nullable(assessmentWithPlanSchema), null),
  clients: z._default(z.array(clientSchema).check(z.maxLength(500)), []),
  /** Absent in data stored before team rounds: read it through `roundsOf`, never as `workspace.rounds`. */
  rounds: z.optional(z.array(teamRoundSchema).check(z.maxLength(500))),
  /** Absent in data stored before team rounds: read it through `participationsOf`. */
  participations: z.optional(z.array(participationSchema).check(z.maxLength(200))),
  /** Absent until the coach sets up a letterhead; a missing one reads as empty (data stored before it parses unchanged). */
  coachProfile: z.optional(coachProfileSchema),
});
export type Workspace = z.infer<typeof workspaceSchema>;
export type Assessment = z.infer<typeof assessmentWithPlanSchema>;
export type AssessmentInput = z.input<typeof assessmentWithPlanSchema>;
