import type { Guidance } from '@/lib/content-schema';
import { audienceGuidance } from './guidance/audience';
import { communityGuidance } from './guidance/community';
import { contentGuidance } from './guidance/content';
import { cultureGuidance } from './guidance/culture';
import { offlineGuidance } from './guidance/offline';
import { peopleGuidance } from './guidance/people';
import { processesGuidance } from './guidance/processes';
import { strategyGuidance } from './guidance/strategy';
import { timeGuidance } from './guidance/time';

/** One card per dimension × band, in dimension order; lib/guidance picks the card for each result. */
export const guidance: Guidance[] = [
  ...strategyGuidance,
  ...processesGuidance,
  ...cultureGuidance,
  ...peopleGuidance,
  ...timeGuidance,
  ...contentGuidance,
  ...audienceGuidance,
  ...communityGuidance,
  ...offlineGuidance,
];
