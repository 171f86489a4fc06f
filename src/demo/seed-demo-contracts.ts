import { issueContractInvoice } from '../commands/contracts/issue-contract-invoice.js';
import { recordContractNotice } from '../commands/contracts/record-contract-notice.js';
import { recordInvoicePayment } from '../commands/contracts/record-invoice-payment.js';
import type { TDb } from '../db/schema.js';
import { addDays, dateInZone } from '../domain/contracts/contract-dates.js';
import type { TActor } from '../policies/actor.js';
import { invoiceNumberTaken } from '../repositories/contract-facts-repository.js';
import { upsertPrice } from '../repositories/price-book-repository.js';

const prices = [
  ['imprivata-onesign', 'standard', 900_000],
  ['imprivata-onesign', 'premium', 1_500_000],
  ['ivanti', 'enterprise', 2_400_000],
  ['ivanti', 'premium', 3_600_000],
] as const;

/**
 * Contract demo data, created only when missing: a price book (so renewal and reinstatement quotes
 * price), an overdue invoice for the Imprivata Premium account, and for the Ivanti Enterprise account
 * a change notice with the customer's objection (disputed, IVA-03) and a paid invoice. Returns how
 * many things it created.
 */
export async function seedDemoContracts(
  deps: { db: TDb },
  system: TActor,
  contractIds: ReadonlyMap<string, string>,
  now: Date,
): Promise<number> {
  let created = 0;
  for (const [packId, item, amountMinor] of prices) {
    await upsertPrice(
      deps.db,
      system.tenantId,
      { packId, item, effectiveFrom: '2025-01-01', amountMinor, currency: 'USD' },
      now,
    );
  }
  const today = dateInZone(now, 'UTC');
  const northwind = contractIds.get('IMP-US-PREM-001');
  if (northwind && !(await invoiceNumberTaken(deps.db, system.tenantId, 'DEMO-INV-1001'))) {
    created++;
    await issueContractInvoice(
      deps,
      system,
      {
        contractId: northwind,
        number: 'DEMO-INV-1001',
        purpose: 'other',
        issuedOn: addDays(today, -45),
        dueOn: addDays(today, -15),
        amountMinor: 125_000,
        currency: 'USD',
      },
      now,
    );
  }
  const contoso = contractIds.get('IVA-AM-ENT-003');
  if (contoso && !(await invoiceNumberTaken(deps.db, system.tenantId, 'DEMO-INV-2001'))) {
    created++;
    const invoiceId = await issueContractInvoice(
      deps,
      system,
      {
        contractId: contoso,
        number: 'DEMO-INV-2001',
        purpose: 'other',
        issuedOn: addDays(today, -60),
        dueOn: addDays(today, -30),
        amountMinor: 2_400_000,
        currency: 'USD',
      },
      now,
    );
    // Paid before it fell due: an unpaid Ivanti invoice past its due date suspends support (K7).
    await recordInvoicePayment(
      deps,
      system,
      { contractId: contoso, invoiceId, paidOn: addDays(today, -33) },
      now,
    );
    const notice = { contractId: contoso, receivedOn: addDays(today, -12) };
    await recordContractNotice(deps, system, { ...notice, kind: 'change', version: '2027.1' }, now);
    await recordContractNotice(
      deps,
      system,
      {
        contractId: contoso,
        kind: 'objection',
        receivedOn: addDays(today, -4),
        reason: 'The revised S2 response target is slower than the one we bought.',
      },
      now,
    );
  }
  return created;
}
