import { addDays, addMonths, type TIsoDate } from './contract-dates.js';
import type { TAccountEntitlement, TEntitlementStatus } from './entitlement-types.js';

/** A contract as the entitlement rules read it (stored row plus its pack's commercial rules). */
export type TEntitlementContract = {
  id: string;
  packId: string;
  plan: string;
  productId: string | null;
  /** Stored standing: 'active' | 'suspended' | 'lapsed' | 'terminated' | 'pending'. */
  status: string;
  termStart: TIsoDate;
  termEnd: TIsoDate;
  autoRenew: boolean;
  /** A timely non-renewal notice was received for the term that contains the date. */
  nonRenewing?: boolean;
  /** Invoices of this contract overdue on the date (K7 renewal ordered but unpaid → suspended under `suspend_until_paid`). */
  overdue?: boolean;
  /** The vendor marked service withheld for non-payment (IMP-10). */
  serviceWithheld?: boolean;
  rules: {
    /** Pack `contract.term.renewal_months`. */
    renewalMonths: number;
    /** Pack `contract.term.auto_renewal`: terms roll on unless non-renewed. */
    autoRenewal: boolean;
    latePayment: 'may_withhold_service' | 'suspend_until_paid';
    latePaymentClause: string | null;
    termClause: string | null;
  };
};

export type TEntitlementInput = {
  contracts: readonly TEntitlementContract[];
  /** The account's payment standing: 'delinquent' = overdue on payments. */
  paymentStatus: 'current' | 'delinquent';
  /** The calendar date assessed (T8, contract dates are plain dates). */
  today: TIsoDate;
  /** Products covered by the account's contracts (IMP-12). */
  productIds?: readonly string[];
};

/** The term containing `today` when a renewing contract rolls on past its stored end (K1/K2). */
export function rollTerm(
  termStart: TIsoDate,
  termEnd: TIsoDate,
  renewalMonths: number,
  today: TIsoDate,
): { start: TIsoDate; end: TIsoDate } {
  let start = termStart;
  let end = termEnd;
  while (end < today) {
    start = addDays(end, 1);
    end = addDays(addMonths(start, renewalMonths), -1);
  }
  return { start, end };
}

const RANK: Record<TEntitlementStatus, number> = {
  active: 0,
  non_renewing: 1,
  withheld: 2,
  suspended: 3,
  lapsed: 4,
  terminated: 5,
  none: 6,
};

/**
 * What the account is entitled to on `today`, and why. Among several contracts the best standing
 * wins (active before withheld before suspended …), then the latest term end. Pure.
 */
export function assessEntitlement(input: TEntitlementInput): TAccountEntitlement {
  const assessed = input.contracts.map((contract) => assessContract(contract, input));
  assessed.sort(
    (a, b) => RANK[a.status] - RANK[b.status] || (b.termEnd ?? '').localeCompare(a.termEnd ?? ''),
  );
  const best = assessed[0];
  if (!best) return noContract(input.productIds ?? []);
  return best;
}

function noContract(productIds: readonly string[]): TAccountEntitlement {
  return {
    contractId: null,
    packId: null,
    plan: null,
    status: 'none',
    entitled: false,
    agentMayOpenCases: false,
    code: 'contract.none',
    clause: null,
    reason: 'The account has no support contract in force.',
    termStart: null,
    termEnd: null,
    supportEndedOn: null,
    productIds: [...productIds],
  };
}

function assessContract(contract: TEntitlementContract, input: TEntitlementInput): TAccountEntitlement {
  const base = {
    contractId: contract.id,
    packId: contract.packId,
    plan: contract.plan,
    productIds: [...(input.productIds ?? (contract.productId ? [contract.productId] : []))],
  };
  const refuse = (
    status: TEntitlementStatus,
    code: string,
    clause: string | null,
    reason: string,
    term: { start: string | null; end: string | null; endedOn: string | null },
    agentMayOpenCases = false,
  ): TAccountEntitlement => ({
    ...base,
    status,
    entitled: false,
    agentMayOpenCases,
    code,
    clause,
    reason,
    termStart: term.start,
    termEnd: term.end,
    supportEndedOn: term.endedOn,
  });
  const stored = { start: contract.termStart, end: contract.termEnd, endedOn: null };
  if (contract.status === 'terminated') {
    return refuse('terminated', 'contract.terminated', null, 'The support contract was terminated.', {
      ...stored,
      endedOn: contract.termEnd < input.today ? contract.termEnd : null,
    });
  }
  // A stored 'pending' contract has not started; an active one is in force from its stored start
  // (today's data types terms by hand, and history may predate them).
  if (contract.status === 'pending') {
    return refuse('none', 'contract.not_started', null, 'The support contract has not started yet.', stored);
  }
  const renews = contract.autoRenew && contract.rules.autoRenewal && !contract.nonRenewing;
  const term =
    contract.termEnd < input.today && renews
      ? rollTerm(contract.termStart, contract.termEnd, contract.rules.renewalMonths, input.today)
      : { start: contract.termStart, end: contract.termEnd };
  if (contract.status === 'lapsed' || term.end < input.today) {
    return refuse(
      'lapsed',
      'contract.lapsed',
      contract.rules.termClause,
      'Support ended when the contract term expired without renewal; a reinstatement quote is available.',
      { start: term.start, end: term.end, endedOn: term.end < input.today ? term.end : null },
    );
  }
  const late = contract.overdue || input.paymentStatus === 'delinquent';
  if (contract.status === 'suspended' || (late && contract.rules.latePayment === 'suspend_until_paid')) {
    return refuse(
      'suspended',
      'contract.suspended',
      contract.rules.latePaymentClause,
      'Support is suspended until the renewal invoice is paid; it is restored on payment with no extra fee.',
      { start: term.start, end: term.end, endedOn: null },
    );
  }
  // An overdue Imprivata invoice alone does not withhold service: the vendor "may" (IMP-10) and marks it.
  const delinquent = input.paymentStatus === 'delinquent';
  if (contract.serviceWithheld || (delinquent && contract.rules.latePayment === 'may_withhold_service')) {
    return refuse(
      'withheld',
      'contract.service_withheld',
      contract.rules.latePaymentClause,
      'Service is withheld because payment is overdue; please contact your account manager or call support.',
      { start: term.start, end: term.end, endedOn: null },
      true,
    );
  }
  return {
    ...base,
    status: contract.nonRenewing ? 'non_renewing' : 'active',
    entitled: true,
    agentMayOpenCases: true,
    code: null,
    clause: null,
    reason: contract.nonRenewing
      ? `Support is in force until ${term.end} and will not renew.`
      : `Support is in force until ${term.end}.`,
    termStart: term.start,
    termEnd: term.end,
    supportEndedOn: null,
  };
}
