'use client';

import type { ComponentProps } from 'react';
import { useDeferredModule } from '@/components/ui/use-deferred-module';
import { usePrinting } from '@/components/ui/use-printing';
import type { ResultsQrCode } from './results-qr-code';

/**
 * On paper only: a QR code of the same link as «Link kopieren» (never with notes), so the printed results open on a
 * phone. Its script (the share code and the QR encoder) is fetched once the results are on screen and the browser is
 * idle; the code is encoded and drawn only when the page is laid out for paper, as nobody sees it on screen.
 */
export function ResultsQr(props: ComponentProps<typeof ResultsQrCode>) {
  const loaded = useDeferredModule(() => import('./results-qr-code'));
  const printing = usePrinting();
  return printing && loaded ? <loaded.ResultsQrCode {...props} /> : null;
}
