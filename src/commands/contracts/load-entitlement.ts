import type { TDbOrTransaction } from '../../db/schema.js';
import { assessEntitlement, type TEntitlementContract } from '../../domain/contracts/assess-entitlement.js';
import { dateInZone } from '../../domain/contracts/contract-dates.js';
import { entitlementRulesOf } from '../../domain/contracts/entitlement-rules.js';
import type { TAccountEntitlement } from '../../domain/contracts/entitlement-types.js';
import { AppError } from '../../lib/app-error.js';
import { findEntitlementFacts } from '../../repositories/contract-entitlement-repository.js';
import { findContractPack } from '../packs/find-pack-version.js';

/** Contract dates are calendar dates (T8); the date of `now` is read in UTC. */
export const CONTRACT_DATE_ZONE = 'UTC';

/**
 * What the account is entitled to at `now` (the shared entitlement seam): reads the account's
 * payment standing and contracts (one contract, a pack, or a product's pack when asked) with their
 * packs' commercial rules, and answers with `assessEntitlement`. `account.not_found` when the
 * account is not the tenant's. Every feature that serves a customer calls this.
 */
export async function loadEntitlement(
  db: TDbOrTransaction,
  tenantId: string,
  query: { accountId: string; packId?: string; productId?: string | null; contractId?: string },
  now: Date,
): Promise<TAccountEntitlement> {
  const facts = await findEntitlementFacts(db, tenantId, query);
  if (!facts) {
    throw new AppError('account.not_found', 'No such account', [
      { field: 'accountId', message: 'no such account' },
    ]);
  }
  const contracts: TEntitlementContract[] = [];
  for (const row of facts.contracts) {
    const policy = await findContractPack(db, tenantId, row, now);
    contracts.push({
      id: row.id,
      packId: row.pack_id,
      plan: row.plan,
      productId: row.product_id,
      status: row.status,
      termStart: row.term_start,
      termEnd: row.term_end,
      autoRenew: row.auto_renew,
      rules: entitlementRulesOf(policy),
    });
  }
  return assessEntitlement({
    contracts,
    paymentStatus: facts.paymentStatus,
    today: dateInZone(now, CONTRACT_DATE_ZONE),
    productIds: facts.productIds,
  });
}
