import { casePack } from '../../commands/cases/case-pack.js';
import { centreCalendar } from '../../commands/workflow/centre-calendar.js';
import type { TConfig } from '../../config.js';
import type { TDb } from '../../db/schema.js';
import type { TOutboxEventRow } from '../../db/schema-jobs.js';
import { notificationSendAfter } from '../../domain/workflow/notification-hold.js';

/**
 * The optional rule "hold customer-facing notifications to the centre's business hours": with
 * `AFTERCARE_HOLD_NOTIFICATIONS=true`, an email about a case to someone on the customer side (a
 * customer user, or an address without a user such as a named contact) is sent at the next opening
 * of the case's centre when the centre is closed. Vendor staff are told at once; events not about a
 * case are never held. Returns when the email may go (never earlier than `sendAfter`).
 */
export async function customerEmailSendAfter(
  db: TDb,
  config: TConfig,
  event: Pick<TOutboxEventRow, 'tenant_id' | 'entity_type' | 'entity_id'>,
  recipient: { userId: string | null },
  sendAfter: Date,
): Promise<Date> {
  if (!config.AFTERCARE_HOLD_NOTIFICATIONS || event.entity_type !== 'case') return sendAfter;
  if (recipient.userId !== null) {
    const user = await db
      .selectFrom('users')
      .select('role')
      .where('tenant_id', '=', event.tenant_id)
      .where('id', '=', recipient.userId)
      .executeTakeFirst();
    if (user && user.role !== 'customer_admin' && user.role !== 'customer_contact') return sendAfter;
  }
  const kase = await db
    .selectFrom('cases')
    .select(['tenant_id', 'pack_id', 'pack_version', 'centre'])
    .where('tenant_id', '=', event.tenant_id)
    .where('id', '=', event.entity_id)
    .executeTakeFirst();
  if (!kase) return sendAfter;
  const calendar = centreCalendar(await casePack(db, kase), kase.centre);
  return new Date(notificationSendAfter(calendar, sendAfter.getTime(), true));
}
