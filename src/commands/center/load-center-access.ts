import type { TDb } from '../../db/schema.js';
import { listAccountContracts } from '../../repositories/account-team-repository.js';
import { loadEntitlement } from '../contracts/load-entitlement.js';

export type TCenterAccess = {
  entitled: boolean;
  /** Plain words for the customer when not entitled. */
  reason: string;
  packIds: string[];
  /** Products covered, or 'all' when a contract covers the whole pack. */
  productIds: string[] | 'all';
  /** The plan of each covered pack. */
  plans: { packId: string; plan: string; packVersion: string; termStart: string }[];
};

/**
 * IMP-37 / IVA-13: the knowledge base, documentation and Customer Center are for signed-in
 * customers with support in force, as `loadEntitlement` answers for each of the account's contracts.
 * Entitled packs and products of an account at `now`.
 */
export async function loadCenterAccess(
  db: TDb,
  tenantId: string,
  accountId: string,
  now: Date,
): Promise<TCenterAccess> {
  // Each contract through the one entitlement function (withheld, suspended, lapsed, renewed terms).
  const inForce: Awaited<ReturnType<typeof listAccountContracts>> = [];
  for (const contract of await listAccountContracts(db, tenantId, accountId)) {
    const entitlement = await loadEntitlement(db, tenantId, { accountId, contractId: contract.id }, now);
    if (entitlement.entitled) {
      inForce.push({ ...contract, term_start: entitlement.termStart ?? contract.term_start });
    }
  }
  const packIds = [...new Set(inForce.map((contract) => contract.pack_id))];
  const productIds = inForce.some((contract) => contract.product_id === null)
    ? 'all'
    : [...new Set(inForce.flatMap((contract) => (contract.product_id ? [contract.product_id] : [])))];
  const plans = packIds.flatMap((packId) => {
    const contract = inForce.find((candidate) => candidate.pack_id === packId);
    return contract
      ? [{ packId, plan: contract.plan, packVersion: contract.pack_version, termStart: contract.term_start }]
      : [];
  });
  return {
    entitled: packIds.length > 0,
    reason:
      packIds.length > 0
        ? 'Your support is in force.'
        : 'The knowledge base and documentation are available to customers with maintenance and support in force.',
    packIds,
    productIds,
    plans,
  };
}
