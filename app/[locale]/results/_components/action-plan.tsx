'use client';

import dynamic from 'next/dynamic';
import type { ComponentProps } from 'react';
import { useAfterIdle } from '@/components/ui/use-after-idle';

// Below the priorities, far under the first screen: the plan's form loads once the results are on screen and the
// browser is idle, or when printing starts.
const ActionPlanForm = dynamic(() => import('./action-plan-form').then((m) => m.ActionPlanForm), { ssr: false });

/** The action plan: per priority a next step, who and by when, plus the follow-up date; with writing lines on paper. */
export function ActionPlan(props: ComponentProps<typeof ActionPlanForm>) {
  return useAfterIdle() ? <ActionPlanForm {...props} /> : null;
}
