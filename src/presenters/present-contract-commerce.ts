import { z } from 'zod';
import type { TContractInvoiceRow, TContractNoticeRow, TContractTermRow } from '../db/schema-contracts.js';
import type { TContractRow } from '../db/schema-records.js';
import { addDays } from '../domain/contracts/contract-dates.js';
import type { TContractStanding } from '../domain/contracts/contract-standing.js';
import type { TAccountEntitlement } from '../domain/contracts/entitlement-types.js';
import type { TPolicy } from '../domain/packs/schema.js';
import type { TActor } from '../policies/actor.js';
import { contractPolicy } from '../policies/contract-policy.js';

const ZDate = z.iso.date();

export const ZContractCommerceView = z
  .object({
    contractId: z.uuid(),
    reference: z.string(),
    packId: z.string(),
    plan: z.string(),
    channel: z.enum(['direct', 'reseller']),
    /** IMP-01: whether the pack's direct-purchase terms apply to this contract. */
    termsApply: z.enum(['policy', 'reseller_agreement']),
    termsNote: z.string(),
    status: z.string().describe('Entitlement status: active, non_renewing, withheld, suspended, lapsed, …'),
    statusCode: z.string().nullable(),
    statusReason: z.string(),
    currentTerm: z.object({ start: ZDate, end: ZDate }).nullable(),
    nonRenewalDeadline: ZDate.nullable(),
    terms: z.array(
      z.object({
        start: ZDate,
        end: ZDate,
        kind: z.enum(['initial', 'renewal', 'reinstatement']),
        stored: z.boolean().describe('false: an automatic renewal not yet written by the daily job'),
        packVersion: z.string().nullable(),
        amountMinor: z.number().int().nullable(),
        currency: z.string().nullable(),
      }),
    ),
    notices: z.array(
      z.object({
        id: z.uuid(),
        kind: z.enum(['non_renewal', 'change', 'objection', 'breach']),
        fromParty: z.enum(['vendor', 'customer']),
        receivedOn: ZDate,
        version: z.string().nullable(),
        reason: z.string().nullable(),
        curedOn: ZDate.nullable(),
        deadline: ZDate.nullable(),
        effectiveOn: ZDate.nullable(),
        outcome: z.string(),
        code: z.string().nullable(),
        clause: z.string().nullable(),
      }),
    ),
    invoices: z.array(
      z.object({
        id: z.uuid(),
        number: z.string(),
        purpose: z.enum(['renewal', 'reinstatement', 'other']),
        termStart: ZDate.nullable(),
        issuedOn: ZDate,
        dueOn: ZDate,
        paidOn: ZDate.nullable(),
        amountMinor: z.number().int(),
        currency: z.string(),
        state: z.enum(['paid', 'open', 'overdue']),
      }),
    ),
    serviceWithheldOn: ZDate.nullable(),
    allowedActions: z.array(z.string()),
  })
  .meta({ id: 'ContractCommerce' });
export type TContractCommerceView = z.infer<typeof ZContractCommerceView>;

/** A contract's terms, notices (with deadline, outcome and clause) and invoices, with its standing. */
export function presentContractCommerce(
  actor: TActor,
  input: {
    contract: TContractRow;
    policy: TPolicy;
    standing: TContractStanding;
    entitlement: TAccountEntitlement;
    rows: { terms: TContractTermRow[]; notices: TContractNoticeRow[]; invoices: TContractInvoiceRow[] };
  },
): TContractCommerceView {
  const { contract, policy, standing, entitlement, rows } = input;
  const reseller = contract.channel === 'reseller' && policy.contract.applies_to_channel === 'direct';
  const storedByStart = new Map(rows.terms.map((term) => [term.term_start, term]));
  const current = standing.current;
  return {
    contractId: contract.id,
    reference: contract.reference,
    packId: contract.pack_id,
    plan: contract.plan,
    channel: contract.channel,
    termsApply: reseller ? 'reseller_agreement' : 'policy',
    termsNote: reseller
      ? 'Bought through a reseller: the reseller’s agreement sets the term, renewal, notice and pricing terms. The policy’s direct-purchase terms are shown for reference only.'
      : 'The support policy’s terms apply to this contract.',
    status: entitlement.status,
    statusCode: entitlement.code,
    statusReason: entitlement.reason,
    currentTerm: current,
    nonRenewalDeadline: current
      ? addDays(current.end, -policy.contract.non_renewal_notice.days_before_end)
      : null,
    terms: standing.terms.map((term, index) => {
      const stored = storedByStart.get(term.start);
      return {
        start: term.start,
        end: term.end,
        kind: stored?.kind ?? (index === 0 ? 'initial' : 'renewal'),
        stored: stored !== undefined,
        packVersion: stored?.pack_version ?? null,
        amountMinor: stored?.amount_minor ?? null,
        currency: stored?.currency ?? null,
      };
    }),
    notices: standing.notices.map((notice) => ({
      id: notice.id,
      kind: notice.kind,
      fromParty: notice.fromParty,
      receivedOn: notice.receivedOn,
      version: notice.version ?? null,
      reason: notice.reason ?? null,
      curedOn: notice.curedOn ?? null,
      deadline: notice.deadline,
      effectiveOn: notice.effectiveOn,
      outcome: notice.outcome,
      code: notice.code,
      clause: notice.clause,
    })),
    invoices: rows.invoices.map((invoice) => ({
      id: invoice.id,
      number: invoice.number,
      purpose: invoice.purpose,
      termStart: invoice.term_start,
      issuedOn: invoice.issued_on,
      dueOn: invoice.due_on,
      paidOn: invoice.paid_on,
      amountMinor: invoice.amount_minor,
      currency: invoice.currency,
      state: standing.invoiceStates[invoice.id] ?? 'open',
    })),
    serviceWithheldOn: contract.service_withheld_on,
    allowedActions: contractPolicy.allowedActions(actor, contract),
  };
}
