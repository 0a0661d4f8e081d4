/**
 * Every answer there is, in the order the share code numbers them: 1–5 agreement, "unknown" (weiss nicht, a reported
 * gap) and "na" (betrifft uns nicht, leaves the score). Kept free of the schemas so the scoring can import it anywhere.
 */
export const answerValues = [1, 2, 3, 4, 5, 'unknown', 'na'] as const;
export type AnswerValue = (typeof answerValues)[number];
export type ScaleValue = Extract<AnswerValue, number>;

/** Reads an answer from its text form (a radio's value: "1" … "5", "unknown", "na"); anything else is undefined. */
export function parseAnswerValue(text: string): AnswerValue | undefined {
  return answerValues.find((value) => String(value) === text);
}
