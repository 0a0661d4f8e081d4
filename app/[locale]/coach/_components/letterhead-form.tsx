'use client';

import * as v from 'valibot';
import { useTranslations } from 'next-intl';
import { useDeferredValue, useId, useState, type FormEvent } from 'react';
import { reencodeLogo } from '@/components/workspace/reencode-logo';
import { updateWorkspace, useWorkspace } from '@/components/workspace/workspace-store';
import type { LogoError } from '@/lib/letterhead';
import { coachProfileSchema, limits, type CoachProfile } from '@/lib/schemas';

const fields = [
  { name: 'name', type: 'text', autoComplete: 'name', max: limits.coachName },
  { name: 'firm', type: 'text', autoComplete: 'organization', max: limits.coachFirm },
  { name: 'phone', type: 'tel', autoComplete: 'tel', max: limits.phone },
  { name: 'email', type: 'email', autoComplete: 'email', max: limits.email },
  { name: 'website', type: 'text', autoComplete: 'url', max: limits.website },
] as const;

/** The coach's letterhead, kept with the workspace; the logo is re-encoded in the browser before it is kept. */
export function LetterheadForm() {
  const { ready, workspace, revision } = useWorkspace();
  // Rendered as deferred work after the stored workspace arrives, with the coach's list (see CoachOverview).
  const shown = useDeferredValue(ready);
  if (!shown) return null;
  // A new revision (another tab saved) starts the form afresh with the stored values.
  return <LetterheadFields key={revision} stored={workspace.coachProfile ?? {}} />;
}

function LetterheadFields({ stored }: { stored: CoachProfile }) {
  const t = useTranslations('letterhead');
  const id = useId();
  const [values, setValues] = useState<CoachProfile>(stored);
  const [logoError, setLogoError] = useState<LogoError | null>(null);
  const [status, setStatus] = useState('');

  const save = (event: FormEvent) => {
    event.preventDefault();
    const parsed = v.safeParse(coachProfileSchema, values);
    if (!parsed.success) return;
    updateWorkspace((ws) => ({ ...ws, coachProfile: parsed.output }));
    setValues(parsed.output);
    setStatus(t('saved'));
  };

  const chooseLogo = async (file: File | undefined) => {
    setStatus('');
    if (!file) return;
    const result = await reencodeLogo(file);
    if (result.ok) {
      setLogoError(null);
      setValues((old) => ({ ...old, logo: result.dataUrl }));
    } else {
      setLogoError(result.error);
    }
  };

  return (
    <section className="letterhead-form" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('title')}</h2>
      <p className="muted">{t('lead')}</p>
      <form onSubmit={save} noValidate>
        {fields.map((field) => (
          <div className="field" key={field.name}>
            <label htmlFor={`${id}-${field.name}`}>{t(field.name)}</label>
            <input
              id={`${id}-${field.name}`}
              type={field.type}
              autoComplete={field.autoComplete}
              maxLength={field.max}
              value={values[field.name] ?? ''}
              onChange={(e) => {
                setStatus('');
                setValues((v) => ({ ...v, [field.name]: e.target.value }));
              }}
            />
          </div>
        ))}
        <div className="field">
          <label htmlFor={`${id}-logo`}>{t('logo')}</label>
          <p id={`${id}-logo-hint`} className="field__hint">
            {t('logoHint')}
          </p>
          <input
            id={`${id}-logo`}
            type="file"
            accept="image/png,image/jpeg"
            aria-describedby={`${id}-logo-hint${logoError ? ` ${id}-logo-error` : ''}`}
            aria-invalid={logoError ? true : undefined}
            onChange={(e) => void chooseLogo(e.target.files?.[0])}
          />
          {logoError && (
            <p id={`${id}-logo-error`} className="field-error" role="alert">
              {t(`errors.${logoError}`)}
            </p>
          )}
          {values.logo && (
            <div className="letterhead-form__logo">
              {/* eslint-disable-next-line @next/next/no-img-element -- a data URL drawn in this browser */}
              <img src={values.logo} alt={t('logoPreview')} />
              <button type="button" className="button button--quiet" onClick={() => setValues((v) => ({ ...v, logo: undefined }))}>
                {t('logoRemove')}
              </button>
            </div>
          )}
        </div>
        <button type="submit" className="button">
          {t('save')}
        </button>
        <p role="status" className="muted">
          {status}
        </p>
      </form>
    </section>
  );
}
