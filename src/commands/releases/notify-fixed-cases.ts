import type { TTransaction } from '../../db/schema.js';
import type { TCaseRow } from '../../db/schema-records.js';
import type { TReleaseRow } from '../../db/schema-releases.js';
import { recordEvent } from '../../outbox/record-event.js';
import { listCaseCustomerRecipients } from '../cases/case-customer-recipients.js';

/** Tells the customer of each case that the release fixing its defect is out (one event per case). */
export async function notifyFixedCases(
  trx: TTransaction,
  release: TReleaseRow,
  cases: readonly TCaseRow[],
  now: Date,
): Promise<void> {
  for (const kase of cases) {
    const recipients = await listCaseCustomerRecipients(trx, kase.tenant_id, kase.account_id);
    await recordEvent(trx, {
      tenantId: kase.tenant_id,
      type: 'case.fix_released',
      entityType: 'case',
      entityId: kase.id,
      data: { caseId: kase.id, caseNumber: kase.number, releaseId: release.id, version: release.version },
      ...(recipients.length > 0
        ? {
            email: {
              recipients,
              subject: `Case #${kase.number}: the fix is in release ${release.version}`,
              text: `The defect behind your case #${kase.number} "${kase.title}" is fixed in release ${release.version}, now available.${release.notes ? `\n\n${release.notes}` : ''}`,
            },
          }
        : {}),
      occurredAt: now,
    });
  }
}
