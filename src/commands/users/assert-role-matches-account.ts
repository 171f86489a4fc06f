import type { TUserRole } from '../../db/schema.js';
import { AppError } from '../../lib/app-error.js';
import { isCustomerRole } from '../../policies/actor.js';

/** Customer roles belong to exactly one account; vendor roles to none. */
export function assertRoleMatchesAccount(role: TUserRole, accountId: string | null): void {
  if (isCustomerRole(role) && accountId === null) {
    throw new AppError('user.account_required', 'Customer users need an account', [
      { field: 'accountId', message: 'required for customer roles' },
    ]);
  }
  if (!isCustomerRole(role) && accountId !== null) {
    throw new AppError('user.account_not_allowed', 'Vendor users do not belong to an account', [
      { field: 'accountId', message: 'must be null for vendor roles' },
    ]);
  }
}
