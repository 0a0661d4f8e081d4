'use client';

import { useEffect, useRef } from 'react';
import { useErrorTexts } from '@/components/app/error-texts';
import { LinkRow } from '@/components/ui/link-row';

/** Shown when a page fails while rendering: says the saved answers are untouched and offers a way on. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useErrorTexts();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="error-page" aria-labelledby="error-title" role="alert">
      <h1 id="error-title" ref={heading} tabIndex={-1}>
        {t.errorTitle}
      </h1>
      <p>{t.errorBody}</p>
      <LinkRow
        action={
          <button type="button" className="button" onClick={reset}>
            {t.retry}
          </button>
        }
        ways={[{ href: '/', label: t.home }]}
      />
    </section>
  );
}
