import type { TDb } from '../../db/schema.js';
import { withTransaction } from '../../db/with-transaction.js';
import { dateInZone } from '../../domain/contracts/contract-dates.js';
import { AppError } from '../../lib/app-error.js';
import type { TActor } from '../../policies/actor.js';
import { contractPolicy } from '../../policies/contract-policy.js';
import { recordAudit } from '../../repositories/audit-repository.js';
import {
  findContractInvoice,
  findContractRow,
  setInvoicePaid,
} from '../../repositories/contract-facts-repository.js';
import { CONTRACT_DATE_ZONE } from './load-entitlement.js';

/**
 * Records that an invoice was paid on a date. Paying an overdue Ivanti renewal restores a suspended
 * contract with no fee (K7); the standing is computed from the invoices, so nothing else changes.
 */
export async function recordInvoicePayment(
  deps: { db: TDb },
  actor: TActor,
  input: { contractId: string; invoiceId: string; paidOn: string },
  now: Date,
): Promise<void> {
  await withTransaction(deps.db, async (trx) => {
    const contract = await findContractRow(trx, actor.tenantId, input.contractId, { lock: true });
    if (!contract) throw new AppError('contract.not_found', 'No such contract');
    if (!contractPolicy.can(actor, 'manage_invoices', contract))
      throw new AppError('auth.forbidden', 'You may not record payments');
    const invoice = await findContractInvoice(trx, actor.tenantId, input.invoiceId);
    if (!invoice || invoice.contract_id !== contract.id)
      throw new AppError('invoice.not_found', 'No such invoice on this contract');
    if (invoice.paid_on !== null)
      throw new AppError('invoice.already_paid', `Invoice ${invoice.number} was paid on ${invoice.paid_on}`);
    if (input.paidOn > dateInZone(now, CONTRACT_DATE_ZONE) || input.paidOn < invoice.issued_on) {
      throw new AppError('invoice.invalid_paid_on', 'A payment falls between the issue date and today', [
        { field: 'paidOn', message: `between ${invoice.issued_on} and today` },
      ]);
    }
    await setInvoicePaid(trx, actor.tenantId, invoice.id, input.paidOn);
    await recordAudit(trx, {
      actor,
      action: 'contract.invoice_paid',
      entityType: 'contract',
      entityId: contract.id,
      after: { invoiceId: invoice.id, paidOn: input.paidOn },
      at: now,
    });
  });
}
