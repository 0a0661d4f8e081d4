'use client';

import * as v from 'valibot';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { updateWorkspace } from '@/components/workspace/workspace-store';
import type { DimensionId } from '@/lib/content-schema';
import { targetsSchema, type Client } from '@/lib/schemas';
import { withTargets } from '@/lib/workspace';
import type { ClientPageContent } from './types';
import { SaveRow } from '@/components/ui/save-row';

/** The coach's target score per dimension for one client. */
export function TargetsForm({ client, dimensions }: { client: Client; dimensions: ClientPageContent['dimensions'] }) {
  const t = useTranslations('coach');
  const id = useId();
  const [status, setStatus] = useState('');
  const [invalid, setInvalid] = useState<DimensionId[]>([]);

  return (
    <section className="card no-print targets" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('targetsTitle')}</h2>
      <p className="muted">{t('targetsIntro')}</p>
      <form
        noValidate
        onChange={() => setStatus('')}
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          const bad: DimensionId[] = [];
          const raw: Record<string, number> = {};
          for (const d of dimensions) {
            const value = String(data.get(d.id) ?? '').trim();
            if (value === '') continue;
            const n = Number(value);
            if (!Number.isInteger(n) || n < 0 || n > 100) bad.push(d.id);
            else raw[d.id] = n;
          }
          setInvalid(bad);
          const parsed = v.safeParse(targetsSchema, raw);
          if (bad.length > 0 || !parsed.success) return;
          updateWorkspace((ws) => withTargets(ws, client.id, parsed.output));
          setStatus(t('targetsSaved'));
        }}
      >
        <div className="targets__grid">
          {dimensions.map((d) => {
            const isInvalid = invalid.includes(d.id);
            return (
              <div key={d.id} className="field">
                <label htmlFor={`${id}-${d.id}`}>{t('targetFor', { dimension: d.title })}</label>
                {isInvalid && (
                  <p id={`${id}-${d.id}-error`} className="field-error">
                    {t('targetInvalid')}
                  </p>
                )}
                <input
                  id={`${id}-${d.id}`}
                  name={d.id}
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={100}
                  step={1}
                  defaultValue={client.targets[d.id] ?? ''}
                  aria-invalid={isInvalid || undefined}
                  aria-describedby={isInvalid ? `${id}-${d.id}-error` : undefined}
                />
              </div>
            );
          })}
        </div>
        <SaveRow label={t('targetsSave')} status={status} />
      </form>
    </section>
  );
}
