import { assignSupportManager } from '../commands/center/assign-support-manager.js';
import { scheduleServiceReview } from '../commands/center/schedule-service-review.js';
import { newId } from '../db/new-id.js';
import type { TDb } from '../db/schema.js';
import { withTransaction } from '../db/with-transaction.js';
import { AppError } from '../lib/app-error.js';
import type { TActor } from '../policies/actor.js';
import { findAccountTeam, listServiceReviews } from '../repositories/account-team-repository.js';
import { findArticleIdByTitle, insertArticle } from '../repositories/kb-article-repository.js';
import { findUserByEmail } from '../repositories/user-repository.js';
import { demoArticles } from './demo-center-articles.js';
import { demoAseAccount } from './seed-demo-phone.js';

const contosoAccount = 'Contoso Manufacturing (Americas)';

/**
 * Customer Center demo data, created only when missing: a dozen published articles per pack (one
 * internal runbook each), the named support manager of the Ivanti Enterprise and Premium accounts,
 * and a scheduled service review for the Premium account. Returns how many things it created.
 */
export async function seedDemoCenter(
  deps: { db: TDb },
  system: TActor,
  accountIds: ReadonlyMap<string, string>,
  now: Date,
): Promise<number> {
  const manager = await findUserByEmail(deps.db, system.tenantId, 'manager@demo.test');
  if (!manager) return 0;
  const author: TActor & { kind: 'user' } = {
    kind: 'user',
    tenantId: system.tenantId,
    userId: manager.id,
    role: manager.role,
    accountId: null,
    via: 'session',
    scopes: null,
    tokenId: null,
  };
  // One transaction for all articles: the seed runs on every `npm start` of an empty database.
  let created = await withTransaction(deps.db, (trx) => seedArticles({ db: trx }, author, now));
  for (const name of [contosoAccount, demoAseAccount]) {
    const accountId = accountIds.get(name);
    if (!accountId) continue;
    const team = await findAccountTeam(deps.db, system.tenantId, accountId);
    if (team && !team.support_manager) {
      created++;
      await assignSupportManager(deps, system, accountId, manager.id, now);
    }
  }
  const premiumId = accountIds.get(demoAseAccount);
  if (premiumId && (await listServiceReviews(deps.db, system.tenantId, premiumId)).length === 0) {
    // Skipped (not an error) when the demo contract is not in force at `now`.
    const scheduled = await scheduleServiceReview(
      deps,
      system,
      premiumId,
      {
        scheduledFor: new Date(now.getTime() + 14 * 86_400_000),
        agenda:
          '1. Open incidents and their status\n2. Upgrade plan to the next release\n3. Changes to your environment\n4. Questions for the team',
      },
      now,
    ).catch((error: unknown) => {
      if (error instanceof AppError && error.code === 'account_team.review_not_in_plan') return null;
      throw error;
    });
    if (scheduled) created++;
  }
  return created;
}

async function seedArticles(
  deps: { db: TDb },
  author: TActor & { kind: 'user' },
  now: Date,
): Promise<number> {
  let created = 0;
  for (const [packId, articles] of Object.entries(demoArticles)) {
    for (const article of articles) {
      if (await findArticleIdByTitle(deps.db, author.tenantId, article.title)) continue;
      created++;
      // Demo articles start published (a real article goes draft → review → published through the API).
      await insertArticle(deps.db, {
        tenant_id: author.tenantId,
        id: newId(now.getTime()),
        pack_id: packId,
        product_id: null,
        version: article.version ?? null,
        title: article.title,
        body: article.body,
        audience: article.audience ?? 'customer',
        status: 'published',
        author_id: author.userId,
        published_at: now,
        created_at: now,
        updated_at: now,
      });
    }
  }
  return created;
}
