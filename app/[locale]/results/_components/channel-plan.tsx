'use client';

import dynamic from 'next/dynamic';
import type { ComponentProps } from 'react';
import { useAfterIdle } from '@/components/ui/use-after-idle';

// Below the action plan, far under the first screen: the channel plan loads once the results are on screen and the
// browser is idle, or when printing starts.
const ChannelPlanSection = dynamic(() => import('./channel-plan-section').then((m) => m.ChannelPlanSection), { ssr: false });

/** «Ihre Kanäle»: the channels that fit, the weekly rhythm against the hours, the real-world side, and what to do with the channels there are. */
export function ChannelPlan(props: ComponentProps<typeof ChannelPlanSection>) {
  return useAfterIdle() ? <ChannelPlanSection {...props} /> : null;
}
