'use client';

import { useState } from 'react';
import { updateWorkspace } from '@/components/workspace/workspace-store';
import type { Locale } from '@/lib/content-schema';
import { addDays, formatDate } from '@/lib/dates';
import type { LocalizedDimension } from '@/lib/localize';
import { actionPlanSchema, dueOptions, limits, type Assessment } from '@/lib/schemas';
import { fillTemplate } from '@/lib/template';
import { createAssessment, updateAssessment, type AssessmentRef } from '@/lib/workspace';
import type { ResultsLabels } from './labels';

/** The action plan: per priority a next step, who and by when, plus the follow-up date; with writing lines on paper. */
export function ActionPlan({
  assessment,
  priorities,
  labels,
  locale,
  editable,
  assessmentRef,
}: {
  assessment: Assessment;
  priorities: LocalizedDimension[];
  labels: ResultsLabels;
  locale: Locale;
  editable: boolean;
  assessmentRef: AssessmentRef | null;
}) {
  const [saved, setSaved] = useState(false);
  const plan = assessment.actionPlan;
  const dueLabel = (due: string | undefined) =>
    due === '30' ? labels.plan.due30 : due === '60' ? labels.plan.due60 : due === '90' ? labels.plan.due90 : '';
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
    const parsed = actionPlanSchema.safeParse({ steps, followUp: String(data.get('follow-up') ?? '') || undefined });
    if (!parsed.success || !assessmentRef) return;
    updateWorkspace((ws) =>
      updateAssessment(
        ws,
        assessmentRef,
        (a) => ({ ...a, actionPlan: parsed.data, updatedAt: new Date().toISOString() }),
        () => createAssessment(assessment.id, new Date()),
      ),
    );
    setSaved(true);
  };

  return (
    <section className="action-plan" aria-labelledby="plan-title">
      <h2 id="plan-title">{labels.plan.title}</h2>
      <p className="muted">{labels.plan.intro}</p>

      {/* On paper: what was agreed, and lines to write on. */}
      <table className="plan-table print-only">
        <thead>
          <tr>
            <th scope="col">{labels.colDimension}</th>
            <th scope="col">{labels.print.planStep}</th>
            <th scope="col">{labels.print.planOwner}</th>
            <th scope="col">{labels.print.planDue}</th>
          </tr>
        </thead>
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
        {labels.print.followUp}: <span className="write-line write-line--inline">{plan.followUp ? formatDate(plan.followUp, locale) : ''}</span>
      </p>
      <div className="print-only notes-lines" aria-hidden="true">
        <p>{labels.print.notesLines}</p>
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
                  <label htmlFor={`step-${d.id}`}>{fillTemplate(labels.plan.stepFor, { dimension: d.title })}</label>
                  <input id={`step-${d.id}`} name={`step-${d.id}`} type="text" maxLength={limits.actionStep} defaultValue={step?.step ?? ''} />
                </div>
                <div className="plan-form__pair">
                  <div className="field">
                    <label htmlFor={`owner-${d.id}`}>{labels.plan.owner}</label>
                    <input id={`owner-${d.id}`} name={`owner-${d.id}`} type="text" maxLength={limits.owner} defaultValue={step?.owner ?? ''} />
                  </div>
                  <div className="field">
                    <label htmlFor={`due-${d.id}`}>{labels.plan.due}</label>
                    <select id={`due-${d.id}`} name={`due-${d.id}`} defaultValue={step?.due ?? ''}>
                      <option value="">{labels.plan.dueNone}</option>
                      {dueOptions.map((due) => (
                        <option key={due} value={due}>
                          {dueLabel(due)}
                        </option>
                      ))}
                    </select>
                  </div>
                </div>
              </fieldset>
            );
          })}
          <div className="field">
            <label htmlFor="follow-up">{labels.plan.followUp}</label>
            <input id="follow-up" name="follow-up" type="date" defaultValue={plan.followUp ?? ''} />
          </div>
          <div className="button-row">
            <button type="submit" className="button button--secondary">
              {labels.plan.save}
            </button>
            <p role="status" className="muted">
              {saved ? labels.plan.saved : ''}
            </p>
          </div>
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
