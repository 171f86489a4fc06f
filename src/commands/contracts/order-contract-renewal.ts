import { newId } from '../../db/new-id.js';
import type { TDb } from '../../db/schema.js';
import { withTransaction } from '../../db/with-transaction.js';
import { dateInZone } from '../../domain/contracts/contract-dates.js';
import { nextTerm } from '../../domain/contracts/contract-terms.js';
import { AppError } from '../../lib/app-error.js';
import type { TActor } from '../../policies/actor.js';
import { contractPolicy } from '../../policies/contract-policy.js';
import { recordAudit } from '../../repositories/audit-repository.js';
import {
  findContractRow,
  findStandingFacts,
  insertContractInvoice,
  insertContractTerm,
  invoiceNumberTaken,
} from '../../repositories/contract-facts-repository.js';
import { findPrice } from '../../repositories/price-book-repository.js';
import { findContractPack } from '../packs/find-pack-version.js';
import { standingOf } from './contract-standing-of.js';
import { CONTRACT_DATE_ZONE } from './load-entitlement.js';

/**
 * The customer ordered the renewal (a pack without automatic renewal, Ivanti IVA-32): stores the next
 * term at the then-current price book price for the plan (on the new term's start) and a renewal
 * invoice due on the last day of the current term. Unpaid at expiry → suspended until paid, then
 * restored with no fee (K7). Ordered after the term ended → `contract.renewal_after_expiry` (lapsed:
 * a reinstatement quote applies, K6).
 */
export async function orderContractRenewal(
  deps: { db: TDb },
  actor: TActor,
  input: { contractId: string; orderedOn: string; invoiceNumber: string },
  now: Date,
): Promise<void> {
  await withTransaction(deps.db, async (trx) => {
    const contract = await findContractRow(trx, actor.tenantId, input.contractId, { lock: true });
    if (!contract) throw new AppError('contract.not_found', 'No such contract');
    if (!contractPolicy.can(actor, 'order_renewal', contract))
      throw new AppError('auth.forbidden', 'You may not record renewal orders');
    const policy = await findContractPack(trx, actor.tenantId, contract, now);
    const today = dateInZone(now, CONTRACT_DATE_ZONE);
    if (input.orderedOn > today)
      throw new AppError('contract.order_in_future', 'An order cannot be received after today', [
        { field: 'orderedOn', message: 'must be today or earlier' },
      ]);
    const standing = standingOf(
      policy,
      contract,
      await findStandingFacts(trx, actor.tenantId, [contract.id]),
      today,
    );
    const last = standing.terms.at(-1);
    if (!last) throw new AppError('contract.no_term', 'The contract has no term');
    if (input.orderedOn > last.end) {
      throw new AppError(
        'contract.renewal_after_expiry',
        `The term ended on ${last.end}; support has lapsed and needs a reinstatement quote`,
        [{ field: 'orderedOn', message: `on or before ${last.end}` }],
      );
    }
    const term = nextTerm(policy.contract, last);
    const price = await findPrice(
      trx,
      actor.tenantId,
      { packId: contract.pack_id, item: contract.plan, productId: contract.product_id },
      term.start,
    );
    if (!price) {
      throw new AppError(
        'contract.price_missing',
        `The price book has no price for plan ${contract.plan} on ${term.start}`,
        [{ field: 'plan', message: 'add a price to the price book' }],
      );
    }
    if (await invoiceNumberTaken(trx, actor.tenantId, input.invoiceNumber)) {
      throw new AppError('invoice.duplicate', `Invoice number ${input.invoiceNumber} is already used`, [
        { field: 'invoiceNumber', message: 'already used' },
      ]);
    }
    const added = await insertContractTerm(trx, {
      tenant_id: actor.tenantId,
      id: newId(now.getTime()),
      contract_id: contract.id,
      term_start: term.start,
      term_end: term.end,
      kind: 'renewal',
      pack_version: policy.version,
      amount_minor: price.amountMinor,
      currency: price.currency,
      created_at: now,
    });
    if (!added)
      throw new AppError('contract.renewal_duplicate', `The term from ${term.start} is already ordered`);
    await insertContractInvoice(trx, {
      tenant_id: actor.tenantId,
      id: newId(now.getTime()),
      contract_id: contract.id,
      number: input.invoiceNumber,
      purpose: 'renewal',
      term_start: term.start,
      issued_on: input.orderedOn,
      due_on: last.end,
      paid_on: null,
      amount_minor: price.amountMinor,
      currency: price.currency,
      created_at: now,
    });
    await recordAudit(trx, {
      actor,
      action: 'contract.renewal_ordered',
      entityType: 'contract',
      entityId: contract.id,
      after: { termStart: term.start, termEnd: term.end, amountMinor: price.amountMinor },
      at: now,
    });
  });
}
