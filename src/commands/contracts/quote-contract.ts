import type { TDb } from '../../db/schema.js';
import { dateInZone } from '../../domain/contracts/contract-dates.js';
import { explainContract, type TContractEvent } from '../../domain/contracts/explain-contract.js';
import type { TQuote } from '../../domain/contracts/quote-types.js';
import { AppError } from '../../lib/app-error.js';
import { type TActor, visibleAccountId } from '../../policies/actor.js';
import { contractPolicy } from '../../policies/contract-policy.js';
import { findContractFacts, findContractRow } from '../../repositories/contract-facts-repository.js';
import { findPrice } from '../../repositories/price-book-repository.js';
import { findContractPack } from '../packs/find-pack-version.js';
import { CONTRACT_DATE_ZONE } from './load-entitlement.js';

export type TQuoteRequest = {
  contractId: string;
  kind: 'renewal' | 'reinstatement';
  /** IVA-34: licences in use (owned = the contract's licences) and licences the quote covers. */
  licencesInUse?: number;
  licencesQuoted?: number;
};

/**
 * An itemised quote for a contract, computed by the same `explainContract` as `aftercare contract
 * explain` from the stored facts (terms from the ship date or first term start, notices, renewal
 * invoices and payments) at the price book's then-current price for the plan (IMP-09): a renewal for
 * the next term, or a reinstatement after a lapse (K6). Refusals: `contract.price_missing`,
 * `contract.not_lapsed`, `contract.partial_licence_coverage` (IVA-34, naming the required number).
 */
export async function quoteContract(
  deps: { db: TDb },
  actor: TActor,
  input: TQuoteRequest,
  now: Date,
): Promise<TQuote & { kind: TQuoteRequest['kind']; asOf: string }> {
  const contract = await findContractRow(deps.db, actor.tenantId, input.contractId, {
    accountId: visibleAccountId(actor),
  });
  if (!contract || !contractPolicy.can(actor, 'view_commerce', contract))
    throw new AppError('contract.not_found', 'No such contract');
  const policy = await findContractPack(deps.db, actor.tenantId, contract, now);
  const today = dateInZone(now, CONTRACT_DATE_ZONE);
  const price = await findPrice(
    deps.db,
    actor.tenantId,
    { packId: contract.pack_id, item: contract.plan, productId: contract.product_id },
    today,
  );
  if (!price) {
    throw new AppError('contract.price_missing', `The price book has no price for plan ${contract.plan}`, [
      { field: 'plan', message: 'add a price to the price book' },
    ]);
  }
  const rows = await findContractFacts(deps.db, actor.tenantId, [contract.id]);
  const events: TContractEvent[] = [];
  for (const notice of rows.notices) {
    const kind = (
      {
        non_renewal: 'non_renewal_notice',
        change: 'change_notice',
        objection: 'objection',
        breach: 'breach_notice',
      } as const
    )[notice.kind];
    events.push({
      kind,
      on: notice.received_on,
      ...(notice.version ? { version: notice.version } : {}),
      ...(notice.reason ? { reason: notice.reason } : {}),
    });
  }
  for (const invoice of rows.invoices) {
    if (invoice.purpose === 'renewal') events.push({ kind: 'renewal_order', on: invoice.issued_on });
    if (invoice.paid_on) events.push({ kind: 'payment', on: invoice.paid_on });
  }
  if (input.kind === 'reinstatement') events.push({ kind: 'reinstatement_request', on: today });
  const first = rows.terms[0];
  const owned = contract.licences;
  const result = explainContract(policy, {
    plan: contract.plan,
    termStart: first?.term_start ?? contract.term_start,
    asOf: today,
    annualPrice: price,
    events,
    ...(input.licencesInUse !== undefined || input.licencesQuoted !== undefined
      ? {
          licences: {
            owned,
            inUse: input.licencesInUse ?? owned,
            quoted: input.licencesQuoted ?? Math.max(owned, input.licencesInUse ?? owned),
          },
        }
      : {}),
  });
  const coverage = result.errors.find((error) => error.code === 'contract.partial_licence_coverage');
  if (coverage) {
    throw new AppError('contract.partial_licence_coverage', coverage.message, [
      { field: 'licencesQuoted', message: coverage.message },
    ]);
  }
  if (input.kind === 'renewal' && result.status === 'lapsed') {
    throw new AppError('contract.lapsed', 'Support has lapsed; ask for a reinstatement quote', [
      { field: 'kind', message: 'use reinstatement' },
    ]);
  }
  const quote = result.quote;
  if (!quote) throw new AppError('contract.price_missing', 'No quote could be priced');
  const reinstating = quote.lines.some((line) => line.code === 'back_fees');
  if (input.kind === 'reinstatement' && !reinstating) {
    throw new AppError('contract.not_lapsed', 'The contract has not lapsed; ask for a renewal quote', [
      { field: 'kind', message: 'reinstatement applies only after a lapse' },
    ]);
  }
  return { ...quote, kind: input.kind, asOf: today };
}
