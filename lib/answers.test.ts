import * as v from 'valibot';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerValues, parseAnswerValue } from './answers';
import { answerValueSchema } from './schemas';

describe('answer values', () => {
  it('reads every answer back from its text form', () => {
    for (const value of answerValues) expect(parseAnswerValue(String(value))).toBe(value);
  });

  it('reads nothing else', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const parsed = parseAnswerValue(text);
        expect(parsed === undefined || String(parsed) === text).toBe(true);
      }),
    );
    for (const text of ['0', '6', '1.0', ' 1', 'Unknown', 'NA', '', '__proto__']) expect(parseAnswerValue(text)).toBeUndefined();
  });

  it('is the same set the schema accepts', () => {
    for (const value of answerValues) expect(v.safeParse(answerValueSchema, value).success).toBe(true);
    for (const value of [0, 6, '1', 'n/a', null]) expect(v.safeParse(answerValueSchema, value).success).toBe(false);
  });
});
