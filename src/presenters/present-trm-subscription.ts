import { z } from 'zod';
import type { TTrmBookingRow, TTrmLedgerRow, TTrmSubscriptionRow } from '../db/schema-training.js';
import type { TTrmExplain } from '../domain/training/explain-trm.js';
import type { TActor } from '../policies/actor.js';
import { trainingPolicy } from '../policies/training-policy.js';

const ZCounts = z.object({
  days: z.number().int(),
  onsiteDays: z.number().int(),
  vouchers: z.number().int(),
});

export const ZTrmSubscriptionView = z.object({
  id: z.uuid(),
  accountId: z.uuid(),
  accountName: z.string(),
  packId: z.string(),
  offering: z.string(),
  purchasedOn: z.iso.date(),
  period: z.object({ start: z.iso.date(), end: z.iso.date() }),
  allowance: ZCounts,
  used: ZCounts,
  remaining: ZCounts,
  onsiteMinConsecutiveDays: z.number().int(),
  travelBilled: z.boolean().describe('false: TRM on-site travel is included (IVA-44)'),
  nonRenewalDeadline: z.iso.date(),
  nonRenewalNoticeOn: z.iso.date().nullable(),
  noticeLate: z.boolean(),
  renews: z.boolean(),
  bookings: z.array(
    z.object({
      id: z.uuid(),
      kind: z.enum(['remote', 'onsite', 'voucher']),
      days: z.array(z.iso.date()),
      person: z.string().nullable(),
      course: z.string().nullable(),
      termStart: z.iso.date(),
      createdAt: z.iso.datetime(),
    }),
  ),
  ledger: z.array(
    z.object({
      date: z.iso.date(),
      kind: z.enum(['booking', 'expiry']),
      termStart: z.iso.date(),
      days: z.number().int(),
      onsiteDays: z.number().int(),
      vouchers: z.number().int(),
    }),
  ),
  allowedActions: z.array(z.string()),
});
export type TTrmSubscriptionView = z.infer<typeof ZTrmSubscriptionView>;

/** A TRM subscription with its current term's balance (the vendor's TRM and the customer see the same numbers). */
export function presentTrmSubscription(
  row: TTrmSubscriptionRow & { account_name: string },
  replay: TTrmExplain,
  bookings: readonly TTrmBookingRow[],
  ledger: readonly TTrmLedgerRow[],
  rules: { onsiteMinConsecutiveDays: number; travelIncluded: boolean },
  actor: TActor,
): TTrmSubscriptionView {
  const a = replay.allowance;
  const u = replay.used;
  const notice = replay.ledger.find((e) => e.kind === 'non_renewal_notice');
  return {
    id: row.id,
    accountId: row.account_id,
    accountName: row.account_name,
    packId: row.pack_id,
    offering: row.offering,
    purchasedOn: row.purchased_on,
    period: replay.period,
    allowance: { days: a.days, onsiteDays: a.onsite_cap, vouchers: a.vouchers },
    used: { days: u.days, onsiteDays: u.onsite_days, vouchers: u.vouchers },
    remaining: {
      days: a.days - u.days,
      onsiteDays: Math.min(a.onsite_cap - u.onsite_days, a.days - u.days),
      vouchers: a.vouchers - u.vouchers,
    },
    onsiteMinConsecutiveDays: rules.onsiteMinConsecutiveDays,
    travelBilled: !rules.travelIncluded,
    nonRenewalDeadline: replay.non_renewal_deadline,
    nonRenewalNoticeOn: row.non_renewal_notice_on,
    noticeLate: notice?.late === true,
    renews: !replay.ledger.some(
      (e) => (e.kind === 'non_renewal_notice' && e.late === false) || e.kind === 'ended',
    ),
    bookings: bookings.map((b) => ({
      id: b.id,
      kind: b.kind,
      days: b.days,
      person: b.person,
      course: b.course,
      termStart: b.term_start,
      createdAt: b.created_at.toISOString(),
    })),
    ledger: ledger.map((e) => ({
      date: e.entry_date,
      kind: e.kind,
      termStart: e.term_start,
      days: e.days,
      onsiteDays: e.onsite_days,
      vouchers: e.vouchers,
    })),
    allowedActions: trainingPolicy
      .allowedActions(actor, row)
      .filter((x) => ['book', 'record_notice'].includes(x)),
  };
}
