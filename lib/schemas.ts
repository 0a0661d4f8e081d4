import { z } from 'zod';
import { dimensionIdSchema } from './content-schema';

/** Caps on user-entered text; documented in the README (share/import rules). */
export const limits = {
  companyName: 80,
  industry: 80,
  coachName: 80,
  clientName: 80,
  note: 2000,
  actionStep: 300,
  owner: 80,
} as const;

/** An answer: 1–5 agreement, "unknown" (weiss nicht, a reported gap) or "na" (trifft nicht zu, leaves the score). */
export const answerValueSchema = z.union([
  z.literal(1),
  z.literal(2),
  z.literal(3),
  z.literal(4),
  z.literal(5),
  z.literal('unknown'),
  z.literal('na'),
]);
export type AnswerValue = z.infer<typeof answerValueSchema>;

const itemIdSchema = z.string().regex(/^[a-z]+-[a-z0-9-]+$/).max(60);

/** Answers by item id; items not yet answered are simply absent. */
export const answersSchema = z.record(itemIdSchema, answerValueSchema);
export type Answers = z.infer<typeof answersSchema>;

/** Trims and caps free text so that overlong input is cut, never rejected wholesale. */
const text = (max: number) =>
  z
    .string()
    .transform((s) => {
      // Cut, then trim, so that reading the result again changes nothing; never leave half a surrogate pair.
      let cut = s.trim().slice(0, max);
      if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
      return cut.trim();
    })
    .pipe(z.string().max(max));

const optionalText = (max: number) =>
  text(max)
    .transform((s) => (s ? s : undefined))
    .optional();

export const sizeBands = ['1-9', '10-49', '50-249'] as const;
export const markets = ['b2b', 'b2c'] as const;

/** The optional company profile; the same schema validates the form, storage, share links and imports. */
export const profileSchema = z.object({
  companyName: optionalText(limits.companyName),
  industry: optionalText(limits.industry),
  // An empty choice from a form's select means "not specified".
  size: z.union([z.enum(sizeBands), z.literal('').transform(() => undefined)]).optional(),
  market: z.union([z.enum(markets), z.literal('').transform(() => undefined)]).optional(),
});
export type Profile = z.infer<typeof profileSchema>;

export const notesSchema = z.partialRecord(dimensionIdSchema, text(limits.note));
export type Notes = z.infer<typeof notesSchema>;

const isoDateTime = z.iso.datetime({ offset: true });

export const respondents = ['owner', 'coach'] as const;

/** One run of the check. */
export const assessmentSchema = z.object({
  id: z.string().min(1).max(64),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  /** Who answered: the owner alone, or the coach about the client. */
  respondent: z.enum(respondents).default('owner'),
  coachMode: z.boolean().default(false),
  coachName: optionalText(limits.coachName),
  profile: profileSchema.default({}),
  answers: answersSchema.default({}),
  notes: notesSchema.default({}),
});
export type AssessmentBase = z.infer<typeof assessmentSchema>;


export const dueOptions = ['30', '60', '90'] as const;

/** The next step agreed for one priority. */
export const actionStepSchema = z.object({
  step: text(limits.actionStep),
  owner: optionalText(limits.owner),
  due: z.enum(dueOptions).optional(),
});
export type ActionStep = z.infer<typeof actionStepSchema>;

export const actionPlanSchema = z.object({
  steps: z.partialRecord(dimensionIdSchema, actionStepSchema).default({}),
  /** Date of the follow-up session (YYYY-MM-DD). */
  followUp: z.iso.date().optional(),
});
export type ActionPlan = z.infer<typeof actionPlanSchema>;

export const assessmentWithPlanSchema = assessmentSchema.extend({
  actionPlan: actionPlanSchema.default({ steps: {} }),
});

/** Target score per dimension, set by the coach for one client. */
export const targetsSchema = z.partialRecord(dimensionIdSchema, z.number().int().min(0).max(100));
export type Targets = z.infer<typeof targetsSchema>;

export const clientSchema = z.object({
  id: z.string().min(1).max(64),
  name: text(limits.clientName).pipe(z.string().min(1)),
  createdAt: isoDateTime,
  profile: profileSchema.default({}),
  targets: targetsSchema.default({}),
  assessments: z.array(assessmentWithPlanSchema).max(500).default([]),
});
export type Client = z.infer<typeof clientSchema>;

/** Everything the app keeps in this browser: the owner's own check and the coach's clients. */
export const workspaceSchema = z.object({
  current: assessmentWithPlanSchema.nullable().default(null),
  clients: z.array(clientSchema).max(500).default([]),
});
export type Workspace = z.infer<typeof workspaceSchema>;
export type Assessment = z.infer<typeof assessmentWithPlanSchema>;
export type AssessmentInput = z.input<typeof assessmentWithPlanSchema>;
