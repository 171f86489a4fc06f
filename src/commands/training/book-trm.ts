import { newId } from '../../db/new-id.js';
import type { TDb } from '../../db/schema.js';
import type { TTrmBookingRow } from '../../db/schema-training.js';
import { withTransaction } from '../../db/with-transaction.js';
import { describeTrmCode, replayTrmSubscription } from '../../domain/training/replay-trm-subscription.js';
import { toTrmFacts } from '../../domain/training/to-trm-facts.js';
import { dateOf, trmRulesFor } from '../../domain/training/trm-rules-for.js';
import type { TTrmBookingRequest } from '../../domain/training/trm-types.js';
import { AppError } from '../../lib/app-error.js';
import { recordEvent } from '../../outbox/record-event.js';
import { describeActor, type TActor, visibleAccountId } from '../../policies/actor.js';
import { trainingPolicy } from '../../policies/training-policy.js';
import { recordAudit } from '../../repositories/audit-repository.js';
import {
  findTrmSubscription,
  insertTrmBooking,
  insertTrmLedgerEntry,
  listTrmBookings,
} from '../../repositories/trm-repository.js';
import { loadEntitlement } from '../contracts/load-entitlement.js';

/**
 * Books TRM days (remote / on-site) or a voucher on a subscription. The subscription row is locked
 * (SELECT … FOR UPDATE) for the whole check-and-insert, so parallel bookings cannot together exceed
 * the days, the on-site cap or the vouchers. Every rule is the one `aftercare trm explain` applies.
 */
export async function bookTrm(
  deps: { db: TDb },
  actor: TActor,
  input: { subscriptionId: string; booking: TTrmBookingRequest },
  now: Date,
): Promise<TTrmBookingRow> {
  return withTransaction(deps.db, async (trx) => {
    const sub = await findTrmSubscription(
      trx,
      actor.tenantId,
      input.subscriptionId,
      visibleAccountId(actor),
      {
        lock: true,
      },
    );
    if (!sub) throw new AppError('trm_subscription.not_found', 'No such TRM subscription');
    if (!trainingPolicy.can(actor, 'book', sub))
      throw new AppError('auth.forbidden', 'You may not book on this subscription');
    // Training is a customer-facing service of the support contract: lapsed, suspended, withheld → refused.
    const entitlement = await loadEntitlement(
      trx,
      actor.tenantId,
      { accountId: sub.account_id, packId: sub.pack_id },
      now,
    );
    if (!entitlement.entitled) {
      throw new AppError('trm.no_entitlement', `TRM time cannot be booked: ${entitlement.reason}`, [
        { field: 'entitlement', message: entitlement.code ?? entitlement.status },
      ]);
    }
    const rules = trmRulesFor(sub.pack_id);
    const facts = toTrmFacts(sub, await listTrmBookings(trx, actor.tenantId, sub.id));
    const b = input.booking;
    const replay = replayTrmSubscription(rules, facts, dateOf(now), b);
    const outcome = replay.bookings.at(-1);
    if (!outcome?.accepted) {
      const code = outcome?.code ?? 'trm.invalid_input';
      throw new AppError(code, describeTrmCode(code), [
        { field: b.kind === 'voucher' ? 'person' : 'days', message: describeTrmCode(code) },
      ]);
    }
    const entry = replay.ledger.filter((e) => e.kind === 'booking').at(-1);
    const termStart = entry?.term_start ?? replay.period.start;
    const row = await insertTrmBooking(trx, {
      tenant_id: actor.tenantId,
      id: newId(now.getTime()),
      subscription_id: sub.id,
      kind: b.kind,
      days: [...(b.days ?? [])].sort(),
      person: b.person?.trim() || null,
      course: b.course?.trim() || null,
      term_start: termStart,
      status: 'booked',
      created_by: describeActor(actor),
      created_at: now,
    });
    const days = b.kind === 'voucher' ? 0 : row.days.length;
    await insertTrmLedgerEntry(trx, {
      tenant_id: actor.tenantId,
      id: newId(now.getTime()),
      subscription_id: sub.id,
      kind: 'booking',
      term_start: termStart,
      entry_date: row.days[0] ?? dateOf(now),
      days,
      onsite_days: b.kind === 'onsite' ? days : 0,
      vouchers: b.kind === 'voucher' ? 1 : 0,
      booking_id: row.id,
      created_at: now,
    });
    await recordAudit(trx, {
      actor,
      action: 'trm.booked',
      entityType: 'trm_subscription',
      entityId: sub.id,
      after: { bookingId: row.id, kind: row.kind, days: row.days, person: row.person },
      at: now,
    });
    await recordEvent(trx, {
      tenantId: actor.tenantId,
      type: 'trm.booked',
      entityType: 'trm_subscription',
      entityId: sub.id,
      data: {
        subscriptionId: sub.id,
        accountId: sub.account_id,
        bookingId: row.id,
        kind: row.kind,
        days: row.days,
      },
      occurredAt: now,
    });
    return row;
  });
}
