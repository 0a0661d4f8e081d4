import type { DimensionId, Market, RunnerId, VerdictId } from './content-schema';
import { pickPriorities } from './guidance';
import { scoreNeed, type NeedResult, type NeedScoringItem, type NeedScoringLevel } from './need';
import type { Answers } from './schemas';
import { scoreAssessment, type AssessmentResult, type ScoringModel } from './scoring';
import { decideVerdict } from './verdict';
import { contextOf, type TextContext } from './variants';

export type EvaluationModel = ScoringModel & {
  needItems: readonly NeedScoringItem[];
  needLevels: readonly NeedScoringLevel[];
};

export type Evaluation = {
  /** Who runs the channels and the market, as the wording and the weights read them. */
  context: TextContext;
  /** Readiness: topics, overall score, level and gates. */
  result: AssessmentResult;
  need: NeedResult;
  verdict: VerdictId;
  priorities: DimensionId[];
};

/** Evaluates one assessment on both axes: readiness and need, the verdict from both, and the priorities. */
export function evaluateAssessment(
  answers: Answers,
  profile: { runner?: RunnerId; market?: Market } | null | undefined,
  model: EvaluationModel,
): Evaluation {
  const context = contextOf(profile);
  const result = scoreAssessment(answers, model, context);
  const need = scoreNeed(answers, model, context);
  return { context, result, need, verdict: decideVerdict(need.level, result.band), priorities: pickPriorities(result) };
}
