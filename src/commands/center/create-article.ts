import { newId } from '../../db/new-id.js';
import type { TDb } from '../../db/schema.js';
import type { TKbArticleRow } from '../../db/schema-center.js';
import { withTransaction } from '../../db/with-transaction.js';
import type { TArticleAudience } from '../../domain/center/article-lifecycle.js';
import { AppError } from '../../lib/app-error.js';
import type { TActor } from '../../policies/actor.js';
import { kbPolicy } from '../../policies/kb-policy.js';
import { recordAudit } from '../../repositories/audit-repository.js';
import { insertArticle } from '../../repositories/kb-article-repository.js';
import { assertArticleTarget } from './assert-article-target.js';

export type TArticleInput = {
  title: string;
  body: string;
  packId: string;
  productId?: string | null | undefined;
  version?: string | null | undefined;
  audience: TArticleAudience;
};

/** A vendor user writes a knowledge-base article; it starts as a draft (IMP-37). */
export async function createArticle(
  deps: { db: TDb },
  actor: TActor,
  input: TArticleInput,
  now: Date,
): Promise<Omit<TKbArticleRow, 'search'>> {
  if (!kbPolicy.can(actor, 'create', null) || actor.kind !== 'user') {
    throw new AppError('kb.forbidden', 'Only vendor users write knowledge-base articles');
  }
  return withTransaction(deps.db, async (trx) => {
    await assertArticleTarget(trx, actor.tenantId, input);
    const row = await insertArticle(trx, {
      tenant_id: actor.tenantId,
      id: newId(now.getTime()),
      pack_id: input.packId,
      product_id: input.productId ?? null,
      version: input.version ?? null,
      title: input.title,
      body: input.body,
      audience: input.audience,
      status: 'draft',
      author_id: actor.userId,
      published_at: null,
      created_at: now,
      updated_at: now,
    });
    await recordAudit(trx, {
      actor,
      action: 'kb_article.created',
      entityType: 'kb_article',
      entityId: row.id,
      after: { title: row.title, packId: row.pack_id, audience: row.audience },
      at: now,
    });
    return row;
  });
}
