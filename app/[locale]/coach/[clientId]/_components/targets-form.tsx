'use client';

import { useId, useState } from 'react';
import { updateWorkspace } from '@/components/workspace/workspace-store';
import type { DimensionId } from '@/lib/content-schema';
import { targetsSchema, type Client } from '@/lib/schemas';
import { fillTemplate } from '@/lib/template';
import { withTargets } from '@/lib/workspace';

/** The coach's target score per dimension for one client. */
export function TargetsForm({
  client,
  dimensions,
  labels,
}: {
  client: Client;
  dimensions: { id: DimensionId; title: string }[];
  labels: Record<string, string>;
}) {
  const id = useId();
  const [status, setStatus] = useState('');
  const [invalid, setInvalid] = useState<DimensionId[]>([]);
  const l = (key: string) => labels[key] ?? key;

  return (
    <section className="card no-print targets" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{l('targetsTitle')}</h2>
      <p className="muted">{l('targetsIntro')}</p>
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
          const parsed = targetsSchema.safeParse(raw);
          if (bad.length > 0 || !parsed.success) return;
          updateWorkspace((ws) => withTargets(ws, client.id, parsed.data));
          setStatus(l('targetsSaved'));
        }}
      >
        <div className="targets__grid">
          {dimensions.map((d) => {
            const isInvalid = invalid.includes(d.id);
            return (
              <div key={d.id} className="field">
                <label htmlFor={`${id}-${d.id}`}>{fillTemplate(l('targetFor'), { dimension: d.title })}</label>
                {isInvalid && (
                  <p id={`${id}-${d.id}-error`} className="field-error">
                    {l('targetInvalid')}
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
        <div className="button-row">
          <button type="submit" className="button button--secondary">
            {l('targetsSave')}
          </button>
          <p role="status" className="muted">
            {status}
          </p>
        </div>
      </form>
    </section>
  );
}
