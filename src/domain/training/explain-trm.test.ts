import { describe, expect, it } from 'vitest';
import { getBuiltInPack } from '../packs/registry.js';
import { explainTrm, type TTrmExplainInput } from './explain-trm.js';
import { addMonthsClamped, formatIsoDate, parseIsoDate } from './trm-dates.js';

const trm = getBuiltInPack('ivanti').training.trm;
if (!trm) throw new Error('ivanti pack has no TRM');

function explain(partial: Partial<TTrmExplainInput>) {
  return explainTrm(trm as NonNullable<typeof trm>, {
    offering: 'basic',
    purchased: '2026-03-15',
    as_of: '2026-06-01',
    bookings: [],
    notices: [],
    ...partial,
  });
}

describe('TRM allowance per offering (IVA-41, IVA-42, H4)', () => {
  it.each([
    ['basic', 12, 1, 3],
    ['premier', 24, 2, 6],
    ['enterprise', 48, 3, 12],
    ['dedicated', 200, 4, 200],
  ])(
    'IVA-41 IVA-42 %s: %i days, %i vouchers, on-site cap floor(share × days) = %i',
    (offering, days, vouchers, cap) => {
      expect(explain({ offering }).allowance).toEqual({ days, vouchers, onsite_cap: cap });
    },
  );
});

describe('TRM booking rules (table)', () => {
  const cases: [string, TTrmExplainInput['bookings'], (string | undefined)[]][] = [
    [
      'IVA-43 an on-site block of two consecutive days is accepted',
      [{ kind: 'onsite', days: ['2026-04-01', '2026-04-02'] }],
      [undefined],
    ],
    [
      'IVA-43 a single on-site day is refused',
      [{ kind: 'onsite', days: ['2026-04-01'] }],
      ['trm.onsite_block_too_short'],
    ],
    [
      'IVA-43 on-site days that are not consecutive are refused',
      [{ kind: 'onsite', days: ['2026-04-01', '2026-04-03'] }],
      ['trm.onsite_not_consecutive'],
    ],
    [
      'IVA-43 a weekend does not break consecutive calendar days',
      [{ kind: 'onsite', days: ['2026-04-04', '2026-04-05'] }],
      [undefined],
    ],
    [
      'IVA-42 the Basic on-site cap of 3 days refuses a fourth',
      [
        { kind: 'onsite', days: ['2026-04-01', '2026-04-02'] },
        { kind: 'onsite', days: ['2026-05-01', '2026-05-02'] },
      ],
      [undefined, 'trm.onsite_cap.limit_reached'],
    ],
    [
      'IVA-42 a 3-day block fits the Basic cap exactly',
      [{ kind: 'onsite', days: ['2026-04-01', '2026-04-02', '2026-04-03'] }],
      [undefined],
    ],
    [
      'IVA-41 remote days beyond the 12 annual days are refused',
      [
        { kind: 'remote', days: dates('2026-04-01', 12) },
        { kind: 'remote', days: ['2026-06-01'] },
      ],
      [undefined, 'trm.days.limit_reached'],
    ],
    [
      'IVA-41 on-site days count against the annual days',
      [
        { kind: 'remote', days: dates('2026-04-01', 11) },
        { kind: 'onsite', days: ['2026-06-01', '2026-06-02'] },
      ],
      [undefined, 'trm.days.limit_reached'],
    ],
    ['IVA-45 a voucher names one person', [{ kind: 'voucher', person: 'Ada Lovelace' }], [undefined]],
    ['IVA-45 a voucher without a person is refused', [{ kind: 'voucher' }], ['trm.voucher_person_required']],
    [
      'IVA-45 a voucher is one course (one date at most)',
      [{ kind: 'voucher', person: 'Ada', days: ['2026-04-01', '2026-04-02'] }],
      ['trm.voucher_one_course'],
    ],
    [
      'IVA-41 Basic has one voucher: a second is refused',
      [
        { kind: 'voucher', person: 'Ada' },
        { kind: 'voucher', person: 'Bob' },
      ],
      [undefined, 'trm.vouchers.limit_reached'],
    ],
    ['a remote booking needs days', [{ kind: 'remote' }], ['trm.days_required']],
    [
      'a day cannot be booked twice',
      [
        { kind: 'remote', days: ['2026-04-01'] },
        { kind: 'onsite', days: ['2026-04-01', '2026-04-02'] },
      ],
      [undefined, 'trm.day.duplicate'],
    ],
    [
      'K2 days before the purchase are outside the term',
      [{ kind: 'remote', days: ['2026-03-14'] }],
      ['trm.outside_term'],
    ],
    [
      'K2 an on-site block across the term boundary is refused',
      [{ kind: 'onsite', days: ['2027-03-14', '2027-03-15'] }],
      ['trm.outside_term'],
    ],
  ];
  it.each(cases)('%s', (_name, bookings, codes) => {
    const result = explain({ as_of: '2026-12-01', bookings });
    expect(result.bookings.map((b) => b.code)).toEqual(codes);
  });

  it('IVA-44 on-site TRM days are not billed for travel', () => {
    const result = explain({ bookings: [{ kind: 'onsite', days: ['2026-04-01', '2026-04-02'] }] });
    expect(result.ledger.find((e) => e.kind === 'booking')?.travel_billed).toBe(false);
    expect(result.used).toEqual({ days: 2, onsite_days: 2, vouchers: 0 });
  });

  it('IVA-42 Dedicated may take all 200 days on-site', () => {
    const result = explain({
      offering: 'dedicated',
      as_of: '2026-12-01',
      bookings: [{ kind: 'onsite', days: dates('2026-03-15', 200) }],
    });
    expect(result.bookings).toEqual([{ accepted: true }]);
  });
});

describe('TRM term, expiry and renewal at the boundary (K2, IVA-46, IVA-47, T8)', () => {
  it('K2 IVA-46 the term runs from purchase to 12 months less one day', () => {
    expect(explain({}).period).toEqual({ start: '2026-03-15', end: '2027-03-14' });
    expect(explain({ purchased: '2024-02-29', as_of: '2024-03-01' }).period).toEqual({
      start: '2024-02-29',
      end: '2025-02-27',
    });
  });

  it('IVA-47 unused days and vouchers expire on the last day of the term (no carry-over)', () => {
    const bookings = [{ kind: 'remote' as const, days: ['2026-04-01', '2026-04-02'] }];
    const lastDay = explain({ as_of: '2027-03-14', bookings });
    expect(lastDay.used.days).toBe(2);
    expect(lastDay.ledger.some((e) => e.kind === 'expiry')).toBe(false);
    const nextDay = explain({ as_of: '2027-03-15', bookings });
    expect(nextDay.period).toEqual({ start: '2027-03-15', end: '2028-03-14' });
    expect(nextDay.used).toEqual({ days: 0, onsite_days: 0, vouchers: 0 });
    expect(nextDay.ledger.find((e) => e.kind === 'expiry')).toMatchObject({
      date: '2027-03-14',
      days: 10,
      vouchers: 1,
    });
    expect(nextDay.ledger.filter((e) => e.kind === 'term_start').map((e) => e.days)).toEqual([12, 12]);
  });

  it('IVA-46 T8 the non-renewal deadline is the last day minus 60 days', () => {
    expect(explain({}).non_renewal_deadline).toBe('2027-01-13');
  });

  it('IVA-46 notice on the deadline: the subscription ends with the term', () => {
    const result = explain({
      as_of: '2027-04-01',
      notices: [{ kind: 'non_renewal_notice', received: '2027-01-13' }],
      bookings: [{ kind: 'remote', days: ['2027-03-20'] }],
    });
    expect(result.period).toEqual({ start: '2026-03-15', end: '2027-03-14' });
    expect(result.ledger.at(-1)).toMatchObject({ kind: 'ended', date: '2027-03-14' });
    expect(result.bookings[0]?.code).toBe('trm.subscription_ended');
  });

  it('IVA-46 K3 a notice one day late is flagged and the renewal stands', () => {
    const result = explain({
      as_of: '2027-04-01',
      notices: [{ kind: 'non_renewal_notice', received: '2027-01-14' }],
    });
    expect(result.period.start).toBe('2027-03-15');
    expect(result.ledger.find((e) => e.kind === 'non_renewal_notice')).toMatchObject({
      late: true,
      code: 'trm.notice_late',
    });
    expect(result.ledger.some((e) => e.kind === 'renewal' && e.date === '2027-03-15')).toBe(true);
  });
});

function dates(from: string, count: number): string[] {
  const start = parseIsoDate(from) as number;
  return Array.from({ length: count }, (_, i) => formatIsoDate(start + i));
}

it('K2 month arithmetic clamps to the month end', () => {
  expect(formatIsoDate(addMonthsClamped(parseIsoDate('2026-01-31') as number, 1))).toBe('2026-02-28');
});
