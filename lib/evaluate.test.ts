import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { content } from '@/content';
import de from '@/messages/de.json';
import en from '@/messages/en.json';
import { markets, runnerIds, type Market, type RunnerId } from './content-ids';
import { evaluateAssessment } from './evaluate';
import { isOnHold, pickGuidance } from './guidance';
import { localizeContent } from './localize';
import type { AnswerValue, Answers } from './schemas';

const readiness = content.items.map((i) => i.id);
const need = content.needItems.map((i) => i.id);
const answer = (ids: string[], value: (id: string) => AnswerValue): Answers => Object.fromEntries(ids.map((id) => [id, value(id)]));

describe('evaluateAssessment with the real content', () => {
  it('a firm whose customers ask for it but that has laid no groundwork: «Must Have» – groundwork first', () => {
    const answers = { ...answer(need, () => 5), ...answer(readiness, () => 1) };
    const e = evaluateAssessment(answers, { runner: 'employee', market: 'b2c' }, content);
    expect(e.need).toMatchObject({ level: 'high', status: 'clear' });
    expect(e.result.band).toBe('early');
    expect(e.verdict).toBe('must-have-groundwork');
    expect(e.priorities.slice(0, 2)).toEqual(['people', 'time']);
  });

  it('a firm that has weighed it and decided «not now»: a passing fad for now, not a failing grade', () => {
    const answers = { ...answer(need, (id) => (id === 'need-proven-business' ? 'na' : 1)), ...answer(readiness, () => 2) };
    const e = evaluateAssessment(answers, { runner: 'owner', market: 'b2b' }, content);
    expect(e.need).toMatchObject({ level: 'low', status: 'clear' });
    expect(e.verdict).toBe('fad-for-now');
  });

  it('«Weiss nicht» on every need statement gives no guessed need, only «find out first»', () => {
    const e = evaluateAssessment({ ...answer(need, () => 'unknown'), ...answer(readiness, () => 5) }, {}, content);
    expect(e.need.level).toBeNull();
    expect(e.verdict).toBe('need-unclear');
    expect(e.result.band).toBe('strong');
  });

  it('names Business Coaching at most twice on a results page, for any answers, runner and market (property)', () => {
    const value = fc.constantFrom<AnswerValue | undefined>(1, 2, 3, 4, 5, 'unknown', 'na', undefined);
    const allIds = [...need, ...readiness];
    fc.assert(
      fc.property(
        fc.array(value, { minLength: allIds.length, maxLength: allIds.length }),
        fc.constantFrom<RunnerId | undefined>(undefined, ...runnerIds),
        fc.constantFrom<Market | undefined>(undefined, ...markets),
        fc.constantFrom('de' as const, 'en' as const),
        (values, runner, market, locale) => {
          const answers: Answers = {};
          values.forEach((v, i) => {
            if (v !== undefined) answers[allIds[i]!] = v;
          });
          const e = evaluateAssessment(answers, { runner, market }, content);
          const texts = localizeContent(content, locale, e.context);
          const verdict = texts.verdicts.find((v) => v.id === e.verdict)!;
          const picks = pickGuidance(e.result, texts.guidance, texts.gateGuidance, texts.holdGuidance);
          const shown = [
            verdict.body,
            ...verdict.steps,
            ...(isOnHold(e.result) ? [(locale === 'de' ? de : en).results.gateAdvice] : []),
            ...picks.flatMap((p) => (p.guidance ? [p.guidance.title, p.guidance.body, ...p.guidance.steps, p.guidance.quote.original] : [])),
          ].join('\n');
          expect(shown.match(/business.coach/gi)?.length ?? 0).toBeLessThanOrEqual(2);
        },
      ),
      { numRuns: 500 },
    );
  });
});
