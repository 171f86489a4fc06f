import type { TKbArticleRow } from '../../db/schema-center.js';

/** Sentinels ts_headline puts around matches (repositories/kb-article-repository.ts); presenters turn
 * them into segments (never HTML). Declared here so the query and the presenter share them. */
export const highlightStart = '\u0002';
export const highlightStop = '\u0003';

/** An article found by search, with its highlighted title and body fragments. */
export type TArticleSearchRow = Omit<TKbArticleRow, 'search'> & {
  title_highlight: string | null;
  body_highlight: string | null;
};
