'use client';

import type { ComponentProps } from 'react';
import { useDeferredModule } from '@/components/ui/use-deferred-module';
import type { ChannelPlanSection } from './channel-plan-section';

/**
 * «Ihre Kanäle»: the channels that fit, the weekly rhythm against the hours, the real-world side, and what to do with the
 * channels there are. Below the action plan, far under the first screen: its code is fetched once the results are on
 * screen and the browser is idle, or when printing is asked for.
 */
export function ChannelPlan(props: ComponentProps<typeof ChannelPlanSection>) {
  const loaded = useDeferredModule(() => import('./channel-plan-section'));
  return loaded ? <loaded.ChannelPlanSection {...props} /> : null;
}
