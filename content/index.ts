import type { Article, ArticleQuestion, Band, Dimension, Guidance, Item, Scale } from '@/lib/content-schema';
import { articles } from './articles';
import { articleQuestions } from './article-questions';
import { bands } from './bands';
import { dimensions } from './dimensions';
import { guidance } from './guidance';
import { items } from './items';
import { scale } from './scale';

/** The whole questionnaire as data; lib/ scores against it, app/ renders it. */
export type ContentModel = {
  articles: Article[];
  dimensions: Dimension[];
  items: Item[];
  bands: Band[];
  guidance: Guidance[];
  articleQuestions: ArticleQuestion[];
  scale: Scale;
};

export const content: ContentModel = { articles, dimensions, items, bands, guidance, articleQuestions, scale };
export { articles, articleQuestions, bands, dimensions, guidance, items, scale };
