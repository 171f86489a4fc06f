import { newId } from '../../db/new-id.js';
import type { TDb } from '../../db/schema.js';
import type { TKbArticleRow } from '../../db/schema-center.js';
import { AppError } from '../../lib/app-error.js';
import type { TActor } from '../../policies/actor.js';
import { findArticle } from '../../repositories/kb-article-repository.js';
import { insertArticleView } from '../../repositories/kb-view-repository.js';
import { resolveArticleScope } from './article-scope.js';

/**
 * One article for its reader; a customer's read is recorded, so the reports can tell how many
 * readers went on to open a case (deflection) and agents see what was read before a case.
 */
export async function readArticle(
  deps: { db: TDb },
  actor: TActor,
  id: string,
  now: Date,
): Promise<Omit<TKbArticleRow, 'search'>> {
  const scope = await resolveArticleScope(deps.db, actor, now);
  const row = await findArticle(deps.db, scope, id);
  if (!row) throw new AppError('kb.not_found', 'No such article');
  if (scope.customer !== null && actor.kind === 'user') {
    await insertArticleView(deps.db, {
      tenant_id: actor.tenantId,
      id: newId(now.getTime()),
      article_id: row.id,
      user_id: actor.userId,
      account_id: actor.accountId,
      viewed_at: now,
    });
  }
  return row;
}
