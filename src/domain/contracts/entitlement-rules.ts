import type { TPolicy } from '../packs/schema.js';
import type { TEntitlementContract } from './assess-entitlement.js';

/** The commercial rules of a pack that entitlement reads (K1/K2 terms, IMP-10 / IVA-33 late payment). */
export function entitlementRulesOf(policy: TPolicy): TEntitlementContract['rules'] {
  const contract = policy.contract;
  return {
    renewalMonths: contract.term.renewal_months,
    autoRenewal: contract.term.auto_renewal,
    latePayment: contract.late_payment,
    latePaymentClause: contract.late_payment_source.clause ?? null,
    termClause: contract.term.source.clause ?? null,
  };
}
