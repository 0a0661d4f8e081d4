'use client';

import * as v from 'valibot';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { updateWorkspace } from '@/components/workspace/workspace-store';
import type { Locale } from '@/lib/content-schema';
import { addDays, formatDate } from '@/lib/dates';
import type { LocalizedDimension } from '@/lib/localize';
import { actionPlanSchema, dueOptions, limits, type Assessment } from '@/lib/schemas';
import { createAssessment, updateAssessment, withActionPlan, type AssessmentRef } from '@/lib/workspace';
import { SaveRow } from '@/components/ui/save-row';
import { TableHead } from '@/components/ui/table-head';

/** The plan itself: per priority a next step, who and by when, plus the follow-up date; with writing lines on paper. */
export function ActionPlanForm({
  assessment,
  priorities,
  locale,
  editable,
  assessmentRef,
}: {
  assessment: Assessment;
  priorities: LocalizedDimension[];
  locale: Locale;
  editable: boolean;
  assessmentRef: AssessmentRef | null;
}) {
  const t = useTranslations('plan');
  const tr = useTranslations('print');
  const tc = useTranslations('results');
  const [saved, setSaved] = useState(false);
  const plan = assessment.actionPlan;
  const dueDate = (due: string | undefined) =>
    due ? formatDate(addDays(assessment.createdAt.slice(0, 10), Number(due)), locale) : '';

  const save = (form: HTMLFormElement) => {
    const data = new FormData(form);
    const steps = Object.fromEntries(
      priorities
        .map((d) => [
          d.id,
          {
            step: String(data.get(`step-${d.id}`) ?? ''),
            owner: String(data.get(`owner-${d.id}`) ?? ''),
            due: String(data.get(`due-${d.id}`) ?? '') || undefined,
          },
        ] as const)
        .filter(([, step]) => step.step.trim() !== ''),
    );
    const parsed = v.safeParse(actionPlanSchema, { steps, followUp: String(data.get('follow-up') ?? '') || undefined });
    if (!parsed.success || !assessmentRef) return;
    const ids = priorities.map((d) => d.id);
    updateWorkspace((ws) =>
      updateAssessment(
        ws,
        assessmentRef,
        (a) => withActionPlan(a, parsed.output.steps, ids, parsed.output.followUp, new Date()),
        () => createAssessment(assessment.id, new Date()),
      ),
    );
    setSaved(true);
  };

  return (
    <section className="action-plan" aria-labelledby="plan-title">
      <h2 id="plan-title">{t('title')}</h2>
      <p className="muted">{t('intro')}</p>

      {/* On paper: what was agreed, and lines to write on. */}
      <table className="plan-table print-only">
        <TableHead columns={[{ label: tc('colDimension') }, { label: tr('planStep') }, { label: tr('planOwner') }, { label: tr('planDue') }]} />
        <tbody>
          {priorities.map((d) => {
            const step = plan.steps[d.id];
            return (
              <tr key={d.id}>
                <th scope="row">{d.title}</th>
                <td className="write-line">{step?.step}</td>
                <td className="write-line">{step?.owner}</td>
                <td className="write-line">{step?.due ? dueDate(step.due) : ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="print-only plan-follow-up">
        {tr('followUp')}: <span className="write-line write-line--inline">{plan.followUp ? formatDate(plan.followUp, locale) : ''}</span>
      </p>
      <div className="print-only notes-lines" aria-hidden="true">
        <p>{tr('notesLines')}</p>
        <div className="write-line" />
        <div className="write-line" />
        <div className="write-line" />
      </div>

      {editable ? (
        <form
          className="no-print plan-form"
          onSubmit={(event) => {
            event.preventDefault();
            save(event.currentTarget);
          }}
          onChange={() => setSaved(false)}
        >
          {priorities.map((d) => {
            const step = plan.steps[d.id];
            return (
              <fieldset key={d.id} className="plan-form__row">
                <legend>{d.title}</legend>
                <div className="field">
                  <label htmlFor={`step-${d.id}`}>{t('stepFor', { dimension: d.title })}</label>
                  <input id={`step-${d.id}`} name={`step-${d.id}`} type="text" maxLength={limits.actionStep} defaultValue={step?.step ?? ''} />
                </div>
                <div className="plan-form__pair">
                  <div className="field">
                    <label htmlFor={`owner-${d.id}`}>{t('owner')}</label>
                    <input id={`owner-${d.id}`} name={`owner-${d.id}`} type="text" maxLength={limits.owner} defaultValue={step?.owner ?? ''} />
                  </div>
                  <div className="field">
                    <label htmlFor={`due-${d.id}`}>{t('due')}</label>
                    <select id={`due-${d.id}`} name={`due-${d.id}`} defaultValue={step?.due ?? ''}>
                      <option value="">{t('dueNone')}</option>
                      {dueOptions.map((due) => (
                        <option key={due} value={due}>
                          {t(`due${due}`)}
                        </option>
                      ))}
                    </select>
                  </div>
                </div>
              </fieldset>
            );
          })}
          <div className="field">
            <label htmlFor="follow-up">{t('followUp')}</label>
            <input id="follow-up" name="follow-up" type="date" defaultValue={plan.followUp ?? ''} />
          </div>
          <SaveRow label={t('save')} status={saved ? t('saved') : ''} />
        </form>
      ) : (
        Object.keys(plan.steps).length > 0 && (
          <ul className="no-print">
            {priorities
              .filter((d) => plan.steps[d.id])
              .map((d) => (
                <li key={d.id}>
                  <strong>{d.title}:</strong> {plan.steps[d.id]!.step}
                  {plan.steps[d.id]!.owner ? ` (${plan.steps[d.id]!.owner})` : ''}
                </li>
              ))}
          </ul>
        )
      )}
    </section>
  );
}
