'use client';

import dynamic from 'next/dynamic';
import type { ComponentProps } from 'react';
import { useAfterIdle } from '@/components/ui/use-after-idle';

// The share code and the QR encoder load once the results are on screen and the browser is idle, or when printing starts.
const ResultsQrCode = dynamic(() => import('./results-qr-code').then((m) => m.ResultsQrCode), { ssr: false });

/**
 * On paper only: a QR code of the same link as «Link kopieren» (never with notes), so the printed results open on a
 * phone. Loaded on its own after the page, so the QR encoder stays out of the first scripts.
 */
export function ResultsQr(props: ComponentProps<typeof ResultsQrCode>) {
  return useAfterIdle() ? <ResultsQrCode {...props} /> : null;
}
