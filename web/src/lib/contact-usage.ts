import type { TPackPlan } from '../api/pack-types.js';
import type { TContact, TContract } from '../api/record-types.js';

export type TContactUsage = { used: number; limit: number | null };

/**
 * Named contacts used against the plan's limit (IMP-42): contacts that are not read-only count; the
 * limit is the most generous plan among the account's active contracts, null = no limit. The API
 * enforces it (409 contact.limit_reached); this only shows it.
 */
export function countContactUsage(
  contacts: readonly Pick<TContact, 'readOnly'>[],
  contracts: readonly Pick<TContract, 'status' | 'plan' | 'packId'>[],
  findPlan: (packId: string, planId: string) => Pick<TPackPlan, 'namedContacts'> | undefined,
): TContactUsage {
  const used = contacts.filter((contact) => !contact.readOnly).length;
  const active = contracts.filter((contract) => contract.status === 'active');
  if (active.length === 0) return { used, limit: null };
  let limit = 0;
  for (const contract of active) {
    const allowed = findPlan(contract.packId, contract.plan)?.namedContacts ?? null;
    if (allowed === null) return { used, limit: null };
    limit = Math.max(limit, allowed);
  }
  return { used, limit };
}
