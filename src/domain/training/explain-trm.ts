import { AppError } from '../../lib/app-error.js';
import { checkTrmBooking } from './check-trm-booking.js';
import { findTrmOffering } from './find-trm-offering.js';
import { computeAllowance, sumUsed } from './trm-allowance.js';
import {
  formatIsoDate,
  noticeDeadline,
  parseIsoDate,
  type TTerm,
  termAt,
  termContaining,
} from './trm-dates.js';
import type {
  TTrmAllowance,
  TTrmBookingRequest,
  TTrmCounted,
  TTrmLedgerEntry,
  TTrmRules,
  TTrmUsed,
} from './trm-types.js';

export type TTrmExplainInput = {
  offering: string;
  purchased: string;
  as_of: string;
  bookings: TTrmBookingRequest[];
  notices: { kind: 'non_renewal_notice'; received: string }[];
};

/** The STABLE `aftercare trm explain` answer (docs/training.md). */
export type TTrmExplain = {
  period: { start: string; end: string };
  allowance: TTrmAllowance;
  used: TTrmUsed;
  bookings: { accepted: boolean; code?: string }[];
  non_renewal_deadline: string;
  ledger: TTrmLedgerEntry[];
};

/** Replays a TRM subscription (K2 terms, H4 rules, IVA-46 renewal, IVA-47 expiry) up to `as_of`. */
export function explainTrm(rules: TTrmRules, input: TTrmExplainInput): TTrmExplain {
  const offering = findTrmOffering(rules, input.offering);
  const allowance = computeAllowance(offering);
  const purchased = date(input.purchased, 'purchased');
  const asOf = date(input.as_of, 'as_of');
  const months = rules.term_months;
  let lastIndex = rules.auto_renewal ? Number.POSITIVE_INFINITY : 0;
  const notices = [...input.notices]
    .map((n) => ({ received: date(n.received, 'notices.received') }))
    .sort((a, b) => a.received - b.received);
  const noticeEntries: TTrmLedgerEntry[] = [];
  for (const n of notices) {
    const term = termContaining(purchased, n.received, months);
    if (term.index > lastIndex) continue;
    const late = n.received > noticeDeadline(term.end, rules.non_renewal_notice_days);
    if (!late) lastIndex = Math.min(lastIndex, term.index);
    noticeEntries.push({
      date: formatIsoDate(n.received),
      kind: 'non_renewal_notice',
      term_start: formatIsoDate(term.start),
      late,
      ...(late ? { code: 'trm.notice_late' } : {}),
    });
  }
  const asOfIndex = termContaining(purchased, asOf, months).index;
  const currentIndex = Math.min(asOfIndex, lastIndex);
  const byTerm = new Map<number, { entry: TTrmLedgerEntry; counted: TTrmCounted }[]>();
  const results = input.bookings.map((b) => {
    const days = (b.days ?? []).map((d) => date(d, 'bookings.days'));
    const first = days.length > 0 ? Math.min(...days) : asOf;
    const term = first < purchased ? termAt(purchased, 0, months) : termContaining(purchased, first, months);
    if (term.index > lastIndex) return { accepted: false, code: 'trm.subscription_ended' };
    if (first < purchased || term.index > asOfIndex) return { accepted: false, code: 'trm.outside_term' };
    const list = byTerm.get(term.index) ?? [];
    const counted = { kind: b.kind, days };
    const refusal = checkTrmBooking(
      { kind: b.kind, days, person: b.person },
      term,
      allowance,
      list.map((x) => x.counted),
      rules.onsite_min_consecutive_days,
    );
    if (refusal) return { accepted: false, code: refusal.code };
    list.push({ entry: bookingEntry(b, days, first, term, offering.travel_included), counted });
    byTerm.set(term.index, list);
    return { accepted: true };
  });
  const ledger: TTrmLedgerEntry[] = [];
  for (let index = 0; index <= currentIndex; index += 1) {
    const term = termAt(purchased, index, months);
    const booked = byTerm.get(index) ?? [];
    const termStart = formatIsoDate(term.start);
    ledger.push({
      date: termStart,
      kind: 'term_start',
      term_start: termStart,
      days: allowance.days,
      vouchers: allowance.vouchers,
    });
    const dated = [
      ...booked.map((x) => x.entry),
      ...noticeEntries.filter((n) => n.term_start === termStart),
    ].sort((a, b) => a.date.localeCompare(b.date));
    ledger.push(...dated);
    if (term.end >= asOf) continue;
    const used = sumUsed(booked.map((x) => x.counted));
    const end = formatIsoDate(term.end);
    if (rules.unused_expire)
      ledger.push({
        date: end,
        kind: 'expiry',
        term_start: termStart,
        days: allowance.days - used.days,
        vouchers: allowance.vouchers - used.vouchers,
      });
    ledger.push(
      index >= lastIndex
        ? { date: end, kind: 'ended', term_start: termStart }
        : { date: formatIsoDate(term.end + 1), kind: 'renewal', term_start: formatIsoDate(term.end + 1) },
    );
  }
  const period = termAt(purchased, currentIndex, months);
  return {
    period: { start: formatIsoDate(period.start), end: formatIsoDate(period.end) },
    allowance,
    used: sumUsed((byTerm.get(currentIndex) ?? []).map((x) => x.counted)),
    bookings: results,
    non_renewal_deadline: formatIsoDate(noticeDeadline(period.end, rules.non_renewal_notice_days)),
    ledger,
  };
}

function bookingEntry(
  b: TTrmBookingRequest,
  days: number[],
  first: number,
  term: TTerm,
  travelIncluded: boolean,
): TTrmLedgerEntry {
  return {
    date: formatIsoDate(first),
    kind: 'booking',
    term_start: formatIsoDate(term.start),
    booking: b.kind,
    ...(b.kind === 'voucher' ? { vouchers: 1, person: b.person?.trim() } : { days: days.length }),
    ...(b.kind === 'onsite' ? { onsite_days: days.length, travel_billed: !travelIncluded } : {}),
  };
}

function date(text: string, field: string): number {
  const day = parseIsoDate(text);
  if (day === undefined)
    throw new AppError('trm.invalid_input', `${field}: expected a date YYYY-MM-DD, got "${text}"`);
  return day;
}
