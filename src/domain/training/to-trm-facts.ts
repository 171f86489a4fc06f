import type { TTrmSubscriptionFacts } from './replay-trm-subscription.js';
import type { TTrmBookingKind } from './trm-types.js';

type TStoredSubscription = { offering: string; purchased_on: string; non_renewal_notice_on: string | null };
type TStoredBooking = { kind: TTrmBookingKind; days: string[]; person: string | null; course: string | null };

/** A stored subscription and its bookings in force, as the TRM replay reads them. */
export function toTrmFacts(
  sub: TStoredSubscription,
  bookings: readonly TStoredBooking[],
): TTrmSubscriptionFacts {
  return {
    offering: sub.offering,
    purchasedOn: sub.purchased_on,
    nonRenewalNoticeOn: sub.non_renewal_notice_on,
    bookings: bookings.map((b) => ({
      kind: b.kind,
      days: b.days,
      ...(b.person ? { person: b.person } : {}),
      ...(b.course ? { course: b.course } : {}),
    })),
  };
}
