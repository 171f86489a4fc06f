import { z } from 'zod';
import { standingOf } from '../../commands/contracts/contract-standing-of.js';
import { CONTRACT_DATE_ZONE } from '../../commands/contracts/load-entitlement.js';
import { findContractPack } from '../../commands/packs/find-pack-version.js';
import type { TDb, TTransaction } from '../../db/schema.js';
import type { TContractRow } from '../../db/schema-records.js';
import { dateInZone } from '../../domain/contracts/contract-dates.js';
import { dueReminders, type TReminderKind } from '../../domain/contracts/contract-reminders.js';
import { recordEvent } from '../../outbox/record-event.js';
import { findContractFacts } from '../../repositories/contract-facts-repository.js';
import {
  claimContractReminder,
  listContractsForReminders,
  listVendorManagerRecipients,
} from '../../repositories/contract-reminder-repository.js';
import { customerRecipientsQuery } from '../../repositories/customer-recipient-repository.js';
import { defineJob } from '../define-job.js';

const TITLES: Record<TReminderKind, string> = {
  renewal_coming: 'renewal coming',
  non_renewal_deadline: 'non-renewal deadline',
  objection_window_closing: 'objection window closing',
  cure_deadline: 'cure deadline',
  invoice_overdue: 'invoice overdue',
};

/**
 * Daily contract reminders (issue 12): renewal coming, non-renewal deadline, objection window closing,
 * cure deadline, invoice overdue — each (contract, kind, subject) once across processes (the
 * `contract_reminders` primary key), as a `contract.reminder` outbox event emailed to the account's
 * customer side and the vendor's admins and support managers.
 */
export const contractReminderJob = defineJob({
  id: 'contract.reminder-sweep',
  schema: z.strictObject({ tenantId: z.uuid().optional() }),
  cron: '0 6 * * *',
  retry: { maxAttempts: 3, backoffMs: 5_000, maxBackoffMs: 60_000 },
  leaseMs: 300_000,
  mode: 'transactional',
  handle: async ({ payload, now, db }) => {
    const contracts = await listContractsForReminders(db, payload.tenantId);
    for (const contract of contracts) await remindContract(db, contract, now);
  },
});

async function remindContract(db: TDb, contract: TContractRow, now: Date): Promise<void> {
  const policy = await findContractPack(db, contract.tenant_id, contract, now);
  const today = dateInZone(now, CONTRACT_DATE_ZONE);
  const rows = await findContractFacts(db, contract.tenant_id, [contract.id]);
  const standing = standingOf(policy, contract, rows, today);
  const reminders = dueReminders(standing, {
    today,
    nonRenewalDaysBeforeEnd: policy.contract.non_renewal_notice.days_before_end,
    renews: contract.auto_renew,
    invoiceNumbers: Object.fromEntries(rows.invoices.map((invoice) => [invoice.id, invoice.number])),
  });
  for (const reminder of reminders) {
    const claimed = await claimContractReminder(db, {
      tenant_id: contract.tenant_id,
      contract_id: contract.id,
      kind: reminder.kind,
      subject: reminder.subject,
      sent_at: now,
    });
    if (!claimed) continue;
    const recipients = uniqueByEmail([
      ...(await customerRecipientsQuery(db, contract.tenant_id, contract.account_id).execute()),
      ...(await listVendorManagerRecipients(db, contract.tenant_id)),
    ]);
    await recordEvent(db as TTransaction, {
      tenantId: contract.tenant_id,
      type: 'contract.reminder',
      entityType: 'contract',
      entityId: contract.id,
      data: {
        contractId: contract.id,
        accountId: contract.account_id,
        reference: contract.reference,
        kind: reminder.kind,
        due: reminder.due,
      },
      email: {
        recipients,
        subject: `Contract ${contract.reference}: ${TITLES[reminder.kind]} (${reminder.due})`,
        text: reminder.text,
      },
      occurredAt: now,
    });
  }
}

function uniqueByEmail(list: { email: string; userId: string | null }[]) {
  const seen = new Set<string>();
  return list
    .filter((recipient) => !seen.has(recipient.email) && seen.add(recipient.email))
    .map((recipient) => ({ email: recipient.email, userId: recipient.userId }));
}
