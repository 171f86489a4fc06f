import type { TDb } from '../../db/schema.js';
import type { TKbArticleRow } from '../../db/schema-center.js';
import { withTransaction } from '../../db/with-transaction.js';
import { AppError } from '../../lib/app-error.js';
import type { TActor } from '../../policies/actor.js';
import { kbPolicy } from '../../policies/kb-policy.js';
import { recordAudit } from '../../repositories/audit-repository.js';
import { findArticle, updateArticle } from '../../repositories/kb-article-repository.js';
import { assertArticleTarget } from './assert-article-target.js';
import type { TArticleInput } from './create-article.js';

/** Edits a draft or an article in review (a published article is withdrawn to draft first). */
export async function editArticle(
  deps: { db: TDb },
  actor: TActor,
  id: string,
  input: Partial<TArticleInput>,
  now: Date,
): Promise<Omit<TKbArticleRow, 'search'>> {
  return withTransaction(deps.db, async (trx) => {
    const scope = { tenantId: actor.tenantId, customer: null };
    const current = await findArticle(trx, scope, id, { forUpdate: true });
    if (!current || !kbPolicy.can(actor, 'create', null))
      throw new AppError('kb.not_found', 'No such article');
    if (!kbPolicy.can(actor, 'edit', { status: current.status, authorId: current.author_id })) {
      throw new AppError(
        'kb.article_published',
        'A published article is withdrawn to draft before it is edited',
      );
    }
    await assertArticleTarget(trx, actor.tenantId, {
      packId: input.packId ?? current.pack_id,
      productId: input.productId === undefined ? current.product_id : input.productId,
    });
    const row = await updateArticle(trx, actor.tenantId, id, {
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.body !== undefined ? { body: input.body } : {}),
      ...(input.packId !== undefined ? { pack_id: input.packId } : {}),
      ...(input.productId !== undefined ? { product_id: input.productId } : {}),
      ...(input.version !== undefined ? { version: input.version } : {}),
      ...(input.audience !== undefined ? { audience: input.audience } : {}),
      updated_at: now,
    });
    await recordAudit(trx, {
      actor,
      action: 'kb_article.edited',
      entityType: 'kb_article',
      entityId: id,
      before: { title: current.title },
      after: { title: row.title },
      at: now,
    });
    return row;
  });
}
