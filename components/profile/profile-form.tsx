'use client';

import { valibotResolver } from '@hookform/resolvers/valibot';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import type * as v from 'valibot';
import { limits, profileSchema, sizeBands, type Profile } from '@/lib/schemas';
import { SaveRow } from '@/components/ui/save-row';

type ProfileInput = v.InferInput<typeof profileSchema>;

/**
 * The optional company profile; validated by the same schema that reads it from storage, links and files. The market
 * and who runs the channels are asked by the check itself, so this form leaves them as they are.
 */
export function ProfileForm({
  profile,
  onSave,
}: {
  profile: Profile;
  onSave: (profile: Profile) => void;
}) {
  const t = useTranslations('profile');
  const id = useId();
  const [saved, setSaved] = useState(false);
  const { register, handleSubmit, formState } = useForm<ProfileInput, unknown, Profile>({
    resolver: valibotResolver(profileSchema),
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
          <label htmlFor={`${id}-name`}>{t('companyName')}</label>
          <input
            id={`${id}-name`}
            type="text"
            autoComplete="organization"
            maxLength={limits.companyName}
            {...register('companyName')}
          />
          {formState.errors.companyName && <p className="field-error">{t('tooLong', { max: limits.companyName })}</p>}
        </div>
        <div className="field">
          <label htmlFor={`${id}-industry`}>{t('industry')}</label>
          <input id={`${id}-industry`} type="text" maxLength={limits.industry} {...register('industry')} />
          {formState.errors.industry && <p className="field-error">{t('tooLong', { max: limits.industry })}</p>}
        </div>
        <div className="field">
          <label htmlFor={`${id}-size`}>{t('size')}</label>
          <select id={`${id}-size`} {...register('size')}>
            <option value="">{t('sizeNone')}</option>
            {sizeBands.map((size) => (
              <option key={size} value={size}>
                {t(`sizes.${size}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <SaveRow label={t('save')} status={saved ? t('saved') : ''} />
    </form>
  );
}
