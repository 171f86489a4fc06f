import { newId } from '../../db/new-id.js';
import type { TDb } from '../../db/schema.js';
import type { TInvoicePurpose } from '../../db/schema-contracts.js';
import { withTransaction } from '../../db/with-transaction.js';
import { AppError } from '../../lib/app-error.js';
import type { TActor } from '../../policies/actor.js';
import { contractPolicy } from '../../policies/contract-policy.js';
import { recordAudit } from '../../repositories/audit-repository.js';
import {
  findContractRow,
  insertContractInvoice,
  invoiceNumberTaken,
} from '../../repositories/contract-facts-repository.js';

export type TInvoiceInput = {
  contractId: string;
  number: string;
  purpose: TInvoicePurpose;
  termStart?: string;
  issuedOn: string;
  dueOn: string;
  amountMinor: number;
  currency: string;
};

/** Issues an invoice on a contract (vendor managers); amounts in integer minor units. Returns its id. */
export async function issueContractInvoice(
  deps: { db: TDb },
  actor: TActor,
  input: TInvoiceInput,
  now: Date,
): Promise<string> {
  return withTransaction(deps.db, async (trx) => {
    const contract = await findContractRow(trx, actor.tenantId, input.contractId, { lock: true });
    if (!contract) throw new AppError('contract.not_found', 'No such contract');
    if (!contractPolicy.can(actor, 'manage_invoices', contract))
      throw new AppError('auth.forbidden', 'You may not issue invoices');
    if (input.dueOn < input.issuedOn) {
      throw new AppError('invoice.due_before_issue', 'The due date is before the issue date', [
        { field: 'dueOn', message: 'must be on or after issuedOn' },
      ]);
    }
    if (await invoiceNumberTaken(trx, actor.tenantId, input.number)) {
      throw new AppError('invoice.duplicate', `Invoice number ${input.number} is already used`, [
        { field: 'number', message: 'already used' },
      ]);
    }
    const invoice = await insertContractInvoice(trx, {
      tenant_id: actor.tenantId,
      id: newId(now.getTime()),
      contract_id: contract.id,
      number: input.number,
      purpose: input.purpose,
      term_start: input.termStart ?? null,
      issued_on: input.issuedOn,
      due_on: input.dueOn,
      paid_on: null,
      amount_minor: input.amountMinor,
      currency: input.currency,
      created_at: now,
    });
    await recordAudit(trx, {
      actor,
      action: 'contract.invoice_issued',
      entityType: 'contract',
      entityId: contract.id,
      after: { invoiceId: invoice.id, number: input.number, amountMinor: input.amountMinor },
      at: now,
    });
    return invoice.id;
  });
}
