import { sumUsed } from './trm-allowance.js';
import type { TTerm } from './trm-dates.js';
import type { TTrmAllowance, TTrmBookingKind, TTrmCounted } from './trm-types.js';

export type TTrmRefusal = { code: string; message: string };

export type TTrmBookingCheck = {
  kind: TTrmBookingKind;
  /** Calendar dates as day numbers (already parsed). */
  days: number[];
  person?: string | undefined;
};

/**
 * Every TRM booking rule (IVA-41..45, H4) for one booking against the accepted bookings of its term.
 * Returns null when the booking may be accepted.
 */
export function checkTrmBooking(
  booking: TTrmBookingCheck,
  term: TTerm,
  allowance: TTrmAllowance,
  accepted: readonly TTrmCounted[],
  onsiteMinConsecutiveDays: number,
): TTrmRefusal | null {
  const used = sumUsed(accepted);
  if (booking.kind === 'voucher') {
    if (!booking.person?.trim())
      return refuse('trm.voucher_person_required', 'A voucher registers one named person for one course.');
    if (booking.days.length > 1)
      return refuse(
        'trm.voucher_one_course',
        'A voucher registers one person for one course (one date at most).',
      );
    if (booking.days.some((d) => d < term.start || d > term.end))
      return refuse('trm.outside_term', 'The course date is outside the subscription term.');
    if (used.vouchers + 1 > allowance.vouchers)
      return refuse(
        'trm.vouchers.limit_reached',
        `All ${allowance.vouchers} vouchers of this term are used.`,
      );
    return null;
  }
  if (booking.days.length === 0) return refuse('trm.days_required', 'Give the calendar days to book.');
  const sorted = [...booking.days].sort((a, b) => a - b);
  const taken = new Set(accepted.filter((b) => b.kind !== 'voucher').flatMap((b) => b.days));
  for (let i = 0; i < sorted.length; i += 1) {
    const day = sorted[i] as number;
    if (i > 0 && sorted[i - 1] === day) return refuse('trm.day.duplicate', 'A day is listed twice.');
    if (taken.has(day)) return refuse('trm.day.duplicate', 'A day is already booked.');
  }
  if ((sorted[0] as number) < term.start || (sorted[sorted.length - 1] as number) > term.end)
    return refuse('trm.outside_term', 'All days must fall within one subscription term.');
  if (booking.kind === 'onsite') {
    const consecutive = sorted.every((d, i) => i === 0 || d === (sorted[i - 1] as number) + 1);
    if (!consecutive)
      return refuse('trm.onsite_not_consecutive', 'An on-site block is consecutive calendar days.');
    if (sorted.length < onsiteMinConsecutiveDays)
      return refuse(
        'trm.onsite_block_too_short',
        `On-site days are booked in blocks of at least ${onsiteMinConsecutiveDays} consecutive days.`,
      );
  }
  if (used.days + sorted.length > allowance.days)
    return refuse(
      'trm.days.limit_reached',
      `Only ${allowance.days - used.days} of ${allowance.days} days remain in this term.`,
    );
  if (booking.kind === 'onsite' && used.onsite_days + sorted.length > allowance.onsite_cap)
    return refuse(
      'trm.onsite_cap.limit_reached',
      `Only ${allowance.onsite_cap - used.onsite_days} of ${allowance.onsite_cap} on-site days remain in this term.`,
    );
  return null;
}

function refuse(code: string, message: string): TTrmRefusal {
  return { code, message };
}
