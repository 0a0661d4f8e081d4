import type { ChannelId } from '@/lib/channel-schema';
import type { PlanChannelData } from '@/lib/channels';
import type { LocalizedDimension } from '@/lib/localize';
import type { ScoringModel } from '@/lib/scoring';

/** The content of one locale that a client's page needs in the browser, cut to size on the server. */
export type ClientPageContent = {
  model: ScoringModel;
  dimensions: Pick<LocalizedDimension, 'id' | 'title' | 'shortTitle'>[];
  /** Item id → its statement. */
  prompts: Record<string, string>;
  /** Band id → its name. */
  bandNames: Record<string, string>;
  /** Answer value as text ("1" … "5", "unknown", "na") → its label on the scale. */
  scaleLabels: Record<string, string>;
  /** What the channel plan reads of each channel, and each channel's name. */
  channels: PlanChannelData[];
  channelNames: Record<ChannelId, string>;
};
