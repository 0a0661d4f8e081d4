import type { ContentModel } from '@/lib/content-schema';
import { articles } from './articles';
import { articleQuestions } from './article-questions';
import { bands } from './bands';
import { dimensions } from './dimensions';
import { gateGuidance, holdGuidance } from './gates';
import { guidance } from './guidance';
import { items } from './items';
import { needItems, needLevels, needStep } from './need';
import { scale } from './scale';
import { verdicts } from './verdicts';

export const content: ContentModel = {
  articles,
  dimensions,
  items,
  need: needStep,
  needItems,
  needLevels,
  bands,
  guidance,
  gateGuidance,
  holdGuidance,
  verdicts,
  articleQuestions,
  scale,
};

/** Every statement in the order share codes address them: the need step first, then the readiness items. */
export const shareItems: readonly { id: string }[] = [...needItems, ...items].map((i) => ({ id: i.id }));

export {
  articles,
  articleQuestions,
  bands,
  dimensions,
  gateGuidance,
  guidance,
  holdGuidance,
  items,
  needItems,
  needLevels,
  needStep,
  scale,
  verdicts,
};
