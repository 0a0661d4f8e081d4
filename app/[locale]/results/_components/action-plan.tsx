'use client';

import type { ComponentProps } from 'react';
import { useDeferredModule } from '@/components/ui/use-deferred-module';
import type { ActionPlanForm } from './action-plan-form';

/**
 * The action plan: per priority a next step, who and by when, plus the follow-up date; with writing lines on paper.
 * Below the priorities, far under the first screen: the form's code is fetched once the results are on screen and the
 * browser is idle, or when printing is asked for.
 */
export function ActionPlan(props: ComponentProps<typeof ActionPlanForm>) {
  const loaded = useDeferredModule(() => import('./action-plan-form'));
  return loaded ? <loaded.ActionPlanForm {...props} /> : null;
}
