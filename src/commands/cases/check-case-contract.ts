import { AppError } from '../../lib/app-error.js';
import type { TOpeningContract } from '../../repositories/case-opening-context-repository.js';

/**
 * The contract a new case runs under, as `findOpeningContext` found it: the one named (it must be
 * the account's and active), else the account's active contract — for the product's pack when a
 * product is given. Throws the request's error when there is none.
 */
export function checkCaseContract(
  contract: TOpeningContract | null,
  input: { contractId?: string | undefined },
): TOpeningContract {
  if (input.contractId !== undefined) {
    if (!contract) {
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
  if (!contract) {
    throw new AppError('case.no_active_contract', 'The account has no active support contract', [
      { field: 'accountId', message: 'no active contract' },
    ]);
  }
  return contract;
}
