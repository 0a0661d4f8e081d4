'use client';

import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';

// The QR encoder loads only when someone asks for the code.
const QrCode = dynamic(() => import('./qr-code').then((m) => m.QrCode), { ssr: false });

/** A link to pass on: read-only field, copy, e-mail (mailto:) and a QR code drawn on this device. */
export function LinkTools({ url, label, mailSubject, mailBody }: { url: string; label: string; mailSubject: string; mailBody: string }) {
  const t = useTranslations('team');
  const id = useId();
  const [status, setStatus] = useState('');
  const [qr, setQr] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setStatus(t('link.copied'));
    } catch {
      setStatus(t('link.copyFailed'));
    }
  };
  const mailto = `mailto:?subject=${encodeURIComponent(mailSubject)}&body=${encodeURIComponent(mailBody)}`;
  return (
    <div className="link-tools">
      <label htmlFor={`${id}-link`}>{label}</label>
      <input id={`${id}-link`} className="link-tools__field" type="text" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
      <div className="button-row no-print">
        <button type="button" className="button" onClick={copy}>
          {t('link.copy')}
        </button>
        <a className="button button--secondary" href={mailto}>
          {t('link.mail')}
        </a>
        <button type="button" className="button button--secondary" aria-expanded={qr} onClick={() => setQr((v) => !v)}>
          {qr ? t('link.hideQr') : t('link.showQr')}
        </button>
      </div>
      <p role="status" className="muted">
        {status}
      </p>
      {qr && <QrCode text={url} label={t('link.qrLabel', { label })} />}
    </div>
  );
}
