'use client';

import { useEffect, useState, type ComponentProps } from 'react';
import { useAfterIdle } from '@/components/ui/use-after-idle';
import { usePrinting } from '@/components/ui/use-printing';
import type { ResultsQrCode as Code } from './results-qr-code';

/**
 * On paper only: a QR code of the same link as «Link kopieren» (never with notes), so the printed results open on a
 * phone. Its script (the share code and the QR encoder) is fetched once the results are on screen and the browser is
 * idle; the code is encoded and drawn only when the page is laid out for paper, as nobody sees it on screen.
 */
export function ResultsQr(props: ComponentProps<typeof Code>) {
  const idle = useAfterIdle();
  const printing = usePrinting();
  const [QrCode, setQrCode] = useState<typeof Code | null>(null);
  useEffect(() => {
    if (!idle || QrCode) return;
    let current = true;
    void import('./results-qr-code')
      .then((m) => {
        if (current) setQrCode(() => m.ResultsQrCode);
      })
      // Offline before it was ever fetched: the paper goes without the QR code, the link still works.
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [idle, QrCode]);
  return printing && QrCode ? <QrCode {...props} /> : null;
}
