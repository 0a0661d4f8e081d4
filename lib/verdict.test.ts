import { describe, expect, it } from 'vitest';
import { bandIds, needLevelIds, verdictIds, type BandId, type NeedLevelId, type VerdictId } from './content-ids';
import { VERDICT_MATRIX, decideVerdict, readinessAxisOf } from './verdict';

describe('readinessAxisOf', () => {
  it('reads «early» and «building» as groundwork, «ready» and «strong» as ready, and no level as unclear', () => {
    expect([...bandIds, null].map(readinessAxisOf)).toEqual(['groundwork', 'groundwork', 'ready', 'ready', 'unclear']);
  });
});

describe('decideVerdict', () => {
  // The whole matrix, spelled out: need (rows) × readiness level (columns: early, building, ready, strong, none).
  const expected: [NeedLevelId | null, VerdictId[]][] = [
    ['high', ['must-have-groundwork', 'must-have-groundwork', 'must-have-go', 'must-have-go', 'readiness-unclear']],
    ['moderate', ['targeted-groundwork', 'targeted-groundwork', 'targeted-go', 'targeted-go', 'readiness-unclear']],
    ['low', ['fad-for-now', 'fad-for-now', 'fad-but-ready', 'fad-but-ready', 'fad-for-now']],
    [null, ['need-unclear', 'need-unclear', 'need-unclear', 'need-unclear', 'need-unclear']],
  ];
  const levels: (BandId | null)[] = [...bandIds, null];

  it.each(expected)('need %s gives, by readiness level, the expected verdicts', (need, verdicts) => {
    expect(levels.map((band) => decideVerdict(need, band))).toEqual(verdicts);
  });

  it('uses every verdict at least once, and no other', () => {
    const used = new Set(expected.flatMap(([need]) => levels.map((band) => decideVerdict(need, band))));
    expect([...used].sort()).toEqual([...verdictIds].sort());
  });

  it('calls it a «Must Have» only for a high need, and a passing fad only for a low one', () => {
    for (const need of [...needLevelIds, null]) {
      for (const band of levels) {
        const verdict = decideVerdict(need, band);
        if (verdict.startsWith('must-have')) expect(need).toBe('high');
        if (verdict.startsWith('fad')) expect(need).toBe('low');
      }
    }
  });

  it('never sends a firm that is not ready straight to a channel', () => {
    for (const need of [...needLevelIds, null]) {
      for (const band of ['early', 'building', null] as const) expect(decideVerdict(need, band)).not.toMatch(/-go$/);
    }
  });

  it('is the table VERDICT_MATRIX', () => {
    for (const [need, row] of Object.entries(VERDICT_MATRIX)) {
      expect(row.groundwork).toBe(decideVerdict(need === 'unclear' ? null : (need as NeedLevelId), 'building'));
      expect(row.ready).toBe(decideVerdict(need === 'unclear' ? null : (need as NeedLevelId), 'ready'));
      expect(row.unclear).toBe(decideVerdict(need === 'unclear' ? null : (need as NeedLevelId), null));
    }
  });
});
