import { explainTrm, type TTrmExplain } from './explain-trm.js';
import type { TTrmBookingRequest, TTrmRules } from './trm-types.js';

export type TTrmSubscriptionFacts = {
  offering: string;
  purchasedOn: string;
  nonRenewalNoticeOn: string | null;
  /** Bookings in force, in the order they were accepted. */
  bookings: TTrmBookingRequest[];
};

/** The subscription as of `today` (the same replay as `aftercare trm explain`), optionally with one more booking. */
export function replayTrmSubscription(
  rules: TTrmRules,
  facts: TTrmSubscriptionFacts,
  today: string,
  extra?: TTrmBookingRequest,
): TTrmExplain {
  return explainTrm(rules, {
    offering: facts.offering,
    purchased: facts.purchasedOn,
    as_of: today,
    bookings: extra ? [...facts.bookings, extra] : facts.bookings,
    notices: facts.nonRenewalNoticeOn
      ? [{ kind: 'non_renewal_notice', received: facts.nonRenewalNoticeOn }]
      : [],
  });
}

const messages: Record<string, string> = {
  'trm.days_required': 'Give the calendar days to book.',
  'trm.day.duplicate': 'A day is listed twice or is already booked.',
  'trm.outside_term': 'All days must fall within the current subscription term.',
  'trm.onsite_not_consecutive': 'On-site days are booked as consecutive calendar days.',
  'trm.onsite_block_too_short': 'On-site days are booked in blocks of at least two consecutive days.',
  'trm.days.limit_reached': 'Not enough TRM days remain in this term.',
  'trm.onsite_cap.limit_reached': 'Not enough on-site days remain in this term.',
  'trm.voucher_person_required': 'A voucher registers one named person.',
  'trm.voucher_one_course': 'A voucher registers one person for one course.',
  'trm.vouchers.limit_reached': 'All vouchers of this term are used.',
  'trm.subscription_ended': 'The subscription has ended.',
};

/** Plain words for a booking refusal code (customer-safe). */
export function describeTrmCode(code: string): string {
  return messages[code] ?? 'The booking is not allowed.';
}
