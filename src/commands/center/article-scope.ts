import type { TDb } from '../../db/schema.js';
import { AppError } from '../../lib/app-error.js';
import { isVendorRole, type TActor } from '../../policies/actor.js';
import type { TArticleScope } from '../../repositories/kb-article-repository.js';
import { loadCenterAccess } from './load-center-access.js';

/**
 * Which articles an actor reads. Vendor users: all (internal ones too). Customers: published customer
 * articles of the packs and products their support covers now (IMP-37, IVA-13); a customer without
 * support in force is refused with the reason in plain words.
 */
export async function resolveArticleScope(db: TDb, actor: TActor, now: Date): Promise<TArticleScope> {
  if (actor.kind === 'system' || isVendorRole(actor.role))
    return { tenantId: actor.tenantId, customer: null };
  if (!actor.accountId) throw new AppError('kb.forbidden', 'Sign in as a customer with support in force');
  const access = await loadCenterAccess(db, actor.tenantId, actor.accountId, now);
  if (!access.entitled) throw new AppError('kb.forbidden', access.reason);
  return { tenantId: actor.tenantId, customer: { packIds: access.packIds, productIds: access.productIds } };
}
