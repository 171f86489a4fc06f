import type { TDb } from '../../db/schema.js';
import type { TKbArticleRow } from '../../db/schema-center.js';
import { withTransaction } from '../../db/with-transaction.js';
import { AppError } from '../../lib/app-error.js';
import type { TActor } from '../../policies/actor.js';
import { articleMoveTargets, kbPolicy } from '../../policies/kb-policy.js';
import { recordAudit } from '../../repositories/audit-repository.js';
import { findArticle, updateArticle } from '../../repositories/kb-article-repository.js';

export type TArticleMove = keyof typeof articleMoveTargets;

/** Draft → review → published (and back): who may do which move is the kb policy's. */
export async function moveArticle(
  deps: { db: TDb },
  actor: TActor,
  id: string,
  move: TArticleMove,
  now: Date,
): Promise<Omit<TKbArticleRow, 'search'>> {
  return withTransaction(deps.db, async (trx) => {
    const current = await findArticle(trx, { tenantId: actor.tenantId, customer: null }, id, {
      forUpdate: true,
    });
    if (!current || !kbPolicy.can(actor, 'create', null))
      throw new AppError('kb.not_found', 'No such article');
    if (!kbPolicy.can(actor, move, { status: current.status, authorId: current.author_id })) {
      throw new AppError(
        'kb.forbidden',
        `You cannot ${move.replaceAll('_', ' ')} an article that is ${current.status}`,
      );
    }
    const to = articleMoveTargets[move];
    const row = await updateArticle(trx, actor.tenantId, id, {
      status: to,
      ...(to === 'published' ? { published_at: now } : {}),
      updated_at: now,
    });
    await recordAudit(trx, {
      actor,
      action: `kb_article.${move}`,
      entityType: 'kb_article',
      entityId: id,
      before: { status: current.status },
      after: { status: to },
      at: now,
    });
    return row;
  });
}
