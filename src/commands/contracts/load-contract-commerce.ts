import type { TDb } from '../../db/schema.js';
import { dateInZone } from '../../domain/contracts/contract-dates.js';
import { AppError } from '../../lib/app-error.js';
import { type TActor, visibleAccountId } from '../../policies/actor.js';
import { contractPolicy } from '../../policies/contract-policy.js';
import {
  presentContractCommerce,
  type TContractCommerceView,
} from '../../presenters/present-contract-commerce.js';
import { findContractFacts, findContractRow } from '../../repositories/contract-facts-repository.js';
import { findContractPack } from '../packs/find-pack-version.js';
import { standingOf } from './contract-standing-of.js';
import { CONTRACT_DATE_ZONE, loadEntitlement } from './load-entitlement.js';

/** A contract's commercial record as the actor may see it (customers: their own account's only). */
export async function loadContractCommerce(
  deps: { db: TDb },
  actor: TActor,
  contractId: string,
  now: Date,
): Promise<TContractCommerceView> {
  const contract = await findContractRow(deps.db, actor.tenantId, contractId, {
    accountId: visibleAccountId(actor),
  });
  if (!contract || !contractPolicy.can(actor, 'view_commerce', contract))
    throw new AppError('contract.not_found', 'No such contract');
  const policy = await findContractPack(deps.db, actor.tenantId, contract, now);
  const rows = await findContractFacts(deps.db, actor.tenantId, [contract.id]);
  const today = dateInZone(now, CONTRACT_DATE_ZONE);
  const standing = standingOf(policy, contract, rows, today);
  const entitlement = await loadEntitlement(
    deps.db,
    actor.tenantId,
    { accountId: contract.account_id, contractId: contract.id },
    now,
  );
  return presentContractCommerce(actor, { contract, policy, standing, entitlement, rows });
}
