'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import type * as z from 'zod/mini';
import { limits, markets, profileSchema, sizeBands, type Profile } from '@/lib/schemas';

export type ProfileLabels = {
  companyName: string;
  industry: string;
  size: string;
  sizeNone: string;
  sizes: Record<(typeof sizeBands)[number], string>;
  market: string;
  marketNone: string;
  markets: Record<(typeof markets)[number], string>;
  save: string;
  saved: string;
  companyNameTooLong: string;
  industryTooLong: string;
};

type ProfileInput = z.input<typeof profileSchema>;

/**
 * The optional company profile; validated by the same schema that reads it from storage, links and files. The market
 * and who runs the channels are asked by the check itself, so this form leaves them as they are.
 */
export function ProfileForm({
  profile,
  labels,
  onSave,
}: {
  profile: Profile;
  labels: ProfileLabels;
  onSave: (profile: Profile) => void;
}) {
  const id = useId();
  const [saved, setSaved] = useState(false);
  const { register, handleSubmit, formState } = useForm<ProfileInput, unknown, Profile>({
    resolver: zodResolver(profileSchema),
    defaultValues: {
      companyName: profile.companyName ?? '',
      industry: profile.industry ?? '',
      size: profile.size ?? '',
    },
  });

  return (
    <form
      className="profile-form"
      noValidate
      onSubmit={handleSubmit((value) => {
        onSave(value);
        setSaved(true);
      })}
      onChange={() => setSaved(false)}
    >
      <div className="profile-form__grid">
        <div className="field">
          <label htmlFor={`${id}-name`}>{labels.companyName}</label>
          <input
            id={`${id}-name`}
            type="text"
            autoComplete="organization"
            maxLength={limits.companyName}
            {...register('companyName')}
          />
          {formState.errors.companyName && <p className="field-error">{labels.companyNameTooLong}</p>}
        </div>
        <div className="field">
          <label htmlFor={`${id}-industry`}>{labels.industry}</label>
          <input id={`${id}-industry`} type="text" maxLength={limits.industry} {...register('industry')} />
          {formState.errors.industry && <p className="field-error">{labels.industryTooLong}</p>}
        </div>
        <div className="field">
          <label htmlFor={`${id}-size`}>{labels.size}</label>
          <select id={`${id}-size`} {...register('size')}>
            <option value="">{labels.sizeNone}</option>
            {sizeBands.map((size) => (
              <option key={size} value={size}>
                {labels.sizes[size]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="button-row">
        <button type="submit" className="button button--secondary">
          {labels.save}
        </button>
        <p role="status" className="muted">
          {saved ? labels.saved : ''}
        </p>
      </div>
    </form>
  );
}
