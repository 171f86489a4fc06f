import type { TDb } from '../../db/schema.js';
import type { TActor } from '../../policies/actor.js';
import {
  searchArticles,
  type TArticleFilters,
  type TArticleSearchRow,
} from '../../repositories/kb-article-repository.js';
import { resolveArticleScope } from './article-scope.js';

/** Lists or full-text searches the articles the actor may read (see resolveArticleScope). */
export async function findArticles(
  deps: { db: TDb },
  actor: TActor,
  filters: TArticleFilters,
  limit: number,
  now: Date,
): Promise<TArticleSearchRow[]> {
  const scope = await resolveArticleScope(deps.db, actor, now);
  // Customers only ever see published articles, whatever status they ask for.
  const ownFilters = scope.customer === null ? filters : { ...filters, status: undefined };
  return searchArticles(deps.db, scope, ownFilters, limit);
}
