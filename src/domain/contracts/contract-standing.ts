import type { TPolicy } from '../packs/schema.js';
import { assessNotices, type TAssessedNotice, type TStoredNotice } from './assess-notices.js';
import { addDays, type TIsoDate } from './contract-dates.js';
import { projectTerms, type TTerm, termOn } from './contract-terms.js';

export type TStoredInvoice = {
  id: string;
  dueOn: TIsoDate;
  paidOn: TIsoDate | null;
};

export type TInvoiceState = 'paid' | 'open' | 'overdue';

/** The stored commercial facts of one contract (its terms, notices, invoices and the withheld mark). */
export type TContractFacts = {
  autoRenew: boolean;
  terms: readonly TTerm[];
  notices: readonly TStoredNotice[];
  invoices: readonly TStoredInvoice[];
  serviceWithheldOn: TIsoDate | null;
};

export type TContractStanding = {
  /** Stored terms, extended by automatic renewals up to today (K1/K2, IMP-03). */
  terms: TTerm[];
  current: TTerm | null;
  notices: TAssessedNotice[];
  /** A timely non-renewal ends the current term (IMP-04 / IVA-36). */
  nonRenewing: boolean;
  /** An invoice is past its due date and unpaid on `today`. */
  overdue: boolean;
  /** The vendor withheld service for non-payment (IMP-10), from a date on or before today. */
  serviceWithheld: boolean;
  invoiceStates: Record<string, TInvoiceState>;
};

/** An invoice is overdue from the day after its due date until the day it is paid (T8). */
export function invoiceState(invoice: TStoredInvoice, today: TIsoDate): TInvoiceState {
  if (invoice.paidOn !== null && invoice.paidOn <= today) return 'paid';
  return invoice.dueOn < today ? 'overdue' : 'open';
}

/**
 * A contract's standing on `today` from its recorded facts: terms (a timely non-renewal stops the
 * automatic renewals after its term), each notice's deadline and outcome, overdue invoices and the
 * withheld mark. `assessEntitlement` turns this into what the customer is entitled to. Pure.
 */
export function assessContractStanding(
  policy: TPolicy,
  facts: TContractFacts,
  today: TIsoDate,
): TContractStanding {
  const horizon = today;
  const open = projectTerms(policy.contract, facts.terms, horizon, { autoRenew: facts.autoRenew });
  const firstPass = assessNotices(policy, open, facts.notices, today);
  const ending = firstPass.find((notice) => notice.outcome === 'contract.non_renewal_accepted');
  const stopAfter = ending ? addDays(ending.effectiveOn ?? ending.receivedOn, -1) : null;
  const terms = projectTerms(policy.contract, facts.terms, horizon, {
    autoRenew: facts.autoRenew,
    stopAfter,
  });
  const notices = assessNotices(policy, terms, facts.notices, today);
  const current = termOn(terms, today) ?? null;
  const invoiceStates: Record<string, TInvoiceState> = {};
  for (const invoice of facts.invoices) invoiceStates[invoice.id] = invoiceState(invoice, today);
  return {
    terms,
    current,
    notices,
    nonRenewing: current !== null && stopAfter !== null && current.end === stopAfter,
    overdue: Object.values(invoiceStates).includes('overdue'),
    serviceWithheld: facts.serviceWithheldOn !== null && facts.serviceWithheldOn <= today,
    invoiceStates,
  };
}
