import { AppError } from '../../lib/app-error.js';
import type { TAccountEntitlement } from './entitlement-types.js';

/**
 * Case intake under the entitlement: a customer (portal) needs `entitled`; vendor staff taking a
 * call or an email need `agentMayOpenCases` (IMP-10: service withheld still lets agents open).
 * Throws the entitlement's code with its plain-words reason.
 */
export function assertCaseIntake(entitlement: TAccountEntitlement, opener: { customer: boolean }): void {
  const allowed = opener.customer ? entitlement.entitled : entitlement.agentMayOpenCases;
  if (allowed) return;
  const code = entitlement.code ?? 'contract.not_entitled';
  throw new AppError(code, entitlement.reason, [{ field: 'accountId', message: entitlement.reason }]);
}
