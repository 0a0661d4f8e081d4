'use client';

import { useTranslations } from 'next-intl';
import type { LocalizedBand, LocalizedItem } from '@/lib/localize';
import type { AssessmentResult } from '@/lib/scoring';

/** Says which basic requirement capped the level, and which ones are not known to be met. */
export function GateNotices({
  result,
  items,
  bands,
}: {
  result: AssessmentResult;
  items: readonly LocalizedItem[];
  bands: readonly LocalizedBand[];
}) {
  const t = useTranslations('results');
  const tv = useTranslations('verdict');
  const item = (id: string) => items.find((i) => i.id === id);
  // The level the gate leaves reachable, not the (possibly lower) level the score reached.
  const band = bands.find((b) => b.id === (result.levelCap ?? result.band))?.name ?? '';
  return (
    <>
      {result.cappedBy.length > 0 && (
        <div className="notice notice--warning gate-notice">
          <p>
            <strong>{t('gateCapped', { band })}</strong>
          </p>
          <ul>
            {result.cappedBy.map((gate) => (
              <li key={gate.itemId}>{item(gate.itemId)?.gate?.reason}</li>
            ))}
          </ul>
          <p>{t('gateAdvice')}</p>
        </div>
      )}
      {result.gatesUnknown.length > 0 && (
        <div className="notice gate-notice">
          <p>{t('gateUnknown')}</p>
          <ul>
            {result.gatesUnknown.map((gate) => (
              <li key={gate.itemId}>{item(gate.itemId)?.gate?.unclear}</li>
            ))}
          </ul>
        </div>
      )}
      {result.gatesPartial.length > 0 && (
        <div className="notice gate-notice">
          <p>{tv('gatePartial', { band: bands.find((b) => b.id === 'strong')?.name ?? '' })}</p>
          <ul>
            {result.gatesPartial.map((gate) => (
              <li key={gate.itemId}>{item(gate.itemId)?.prompt}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
