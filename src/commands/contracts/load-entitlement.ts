import type { TDbOrTransaction } from '../../db/schema.js';
import { assessEntitlement, type TEntitlementContract } from '../../domain/contracts/assess-entitlement.js';
import { dateInZone } from '../../domain/contracts/contract-dates.js';
import { entitlementRulesOf } from '../../domain/contracts/entitlement-rules.js';
import type { TAccountEntitlement } from '../../domain/contracts/entitlement-types.js';
import { AppError } from '../../lib/app-error.js';
import { findEntitlementFacts } from '../../repositories/contract-entitlement-repository.js';
import { findStandingFacts } from '../../repositories/contract-facts-repository.js';
import { findContractPack } from '../packs/find-pack-version.js';
import { standingOf } from './contract-standing-of.js';

/** Contract dates are calendar dates (T8); the date of `now` is read in UTC. */
export const CONTRACT_DATE_ZONE = 'UTC';

/**
 * What the account is entitled to at `now` (the shared entitlement seam): reads the account's
 * payment standing and contracts with their stored terms, notices (a timely non-renewal), invoices
 * (overdue → K7 suspension for Ivanti) and the withheld mark (IMP-10) (one contract, a pack, or a product's pack when asked) with their
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
  const today = dateInZone(now, CONTRACT_DATE_ZONE);
  const stored = await findStandingFacts(
    db,
    tenantId,
    facts.contracts.map((row) => row.id),
  );
  const contracts: TEntitlementContract[] = [];
  for (const row of facts.contracts) {
    const policy = await findContractPack(db, tenantId, row, now);
    const standing = standingOf(policy, row, stored, today);
    contracts.push({
      id: row.id,
      packId: row.pack_id,
      plan: row.plan,
      productId: row.product_id,
      status: row.status,
      termStart: standing.current?.start ?? row.term_start,
      termEnd: standing.current?.end ?? row.term_end,
      autoRenew: row.auto_renew,
      nonRenewing: standing.nonRenewing,
      overdue: standing.overdue,
      serviceWithheld: standing.serviceWithheld,
      rules: entitlementRulesOf(policy),
    });
  }
  return assessEntitlement({
    contracts,
    paymentStatus: facts.paymentStatus,
    today,
    productIds: facts.productIds,
  });
}
