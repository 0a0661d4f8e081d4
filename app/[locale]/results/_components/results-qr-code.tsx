'use client';

import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { drawQrCode } from '@/lib/qr';
import type { Assessment } from '@/lib/schemas';
import { buildShareLink } from '@/lib/share-link';

/** The QR code itself: the share link encoded and drawn as one SVG path. */
export function ResultsQrCode({ assessment, items }: { assessment: Assessment; items: readonly { id: string }[] }) {
  const t = useTranslations('print');
  const drawing = useMemo(() => {
    const link = buildShareLink(`${window.location.origin}${window.location.pathname}`, assessment, items, { withNotes: false });
    return link.ok ? { ...drawQrCode(link.url), url: link.url } : null;
  }, [assessment, items]);
  if (!drawing) return null;
  const quiet = 4;
  const box = drawing.size + 2 * quiet;
  return (
    <figure className="results-qr print-only" data-url={drawing.url}>
      <svg viewBox={`${-quiet} ${-quiet} ${box} ${box}`} role="img" aria-label={t('qrLabel')} shapeRendering="crispEdges">
        <rect x={-quiet} y={-quiet} width={box} height={box} fill="#fff" />
        <path d={drawing.path} fill="#000" />
      </svg>
      <figcaption>{t('qrCaption')}</figcaption>
    </figure>
  );
}
