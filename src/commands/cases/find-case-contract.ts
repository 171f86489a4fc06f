import type { TDb } from '../../db/schema.js';
import type { TContractRow } from '../../db/schema-records.js';
import { AppError } from '../../lib/app-error.js';
import type { TActor } from '../../policies/actor.js';
import { findRecord } from '../../repositories/record-repository.js';
import { scopeOf } from '../../repositories/record-scope.js';

/**
 * The contract a new case runs under: the one named (it must belong to the account and be active),
 * else the account's active contract — for the product's pack when a product is given.
 */
export async function findCaseContract(
  trx: TDb,
  actor: TActor,
  accountId: string,
  input: { contractId?: string | undefined; productId?: string | undefined },
): Promise<TContractRow> {
  if (input.contractId !== undefined) {
    const contract = await findRecord(trx, 'contracts', scopeOf(actor), input.contractId);
    if (!contract || contract.account_id !== accountId) {
      throw new AppError('contract.not_found', 'No such contract on this account', [
        { field: 'contractId', message: 'no such contract on this account' },
      ]);
    }
    if (contract.status !== 'active') {
      throw new AppError('case.contract_not_active', `Contract ${contract.reference} is ${contract.status}`, [
        { field: 'contractId', message: `contract is ${contract.status}` },
      ]);
    }
    return contract;
  }
  let packId: string | null = null;
  if (input.productId !== undefined) {
    const product = await findRecord(trx, 'products', scopeOf(actor), input.productId);
    packId = product?.pack_id ?? null;
  }
  const contract = await trx
    .selectFrom('contracts')
    .selectAll()
    .where('tenant_id', '=', actor.tenantId)
    .where('account_id', '=', accountId)
    .where('status', '=', 'active')
    .$if(packId !== null, (q) => q.where('pack_id', '=', packId as string))
    .orderBy('term_end', 'desc')
    .orderBy('id')
    .executeTakeFirst();
  if (!contract) {
    throw new AppError('case.no_active_contract', 'The account has no active support contract', [
      { field: 'accountId', message: 'no active contract' },
    ]);
  }
  return contract;
}
