import type { DimensionId } from '@/lib/content-schema';
import type { ScoringModel } from '@/lib/scoring';

/** What the team pages need of one locale's content, cut to size on the server. */
export type TeamContent = {
  model: ScoringModel;
  /** Dimension titles and the first coach prompt of each, in model order. */
  dimensions: { id: DimensionId; title: string; shortTitle: string; prompt: string }[];
  /** Item id → its statement. */
  prompts: Record<string, string>;
  /** The item ids in content order (all a code needs). */
  items: { id: string }[];
};
