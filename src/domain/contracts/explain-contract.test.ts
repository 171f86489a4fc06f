import { describe, expect, it } from 'vitest';
import { getBuiltInPack } from '../packs/registry.js';
import { addMonths, endOfMonthAfter, wholeMonthsBetween } from './contract-dates.js';
import { explainContract, type TContractEvent } from './explain-contract.js';

const imp = getBuiltInPack('imprivata-onesign');
const iva = getBuiltInPack('ivanti');
const ev = (
  kind: TContractEvent['kind'],
  on: string,
  extra: Partial<TContractEvent> = {},
): TContractEvent => ({ kind, on, ...extra });

describe('contract dates (T8: calendar dates, holidays never shift them)', () => {
  it.each([
    ['2026-01-20', '2027-01-31'],
    ['2026-01-31', '2027-01-31'],
    ['2027-02-28', '2028-02-29'], // leap year end of February
    ['2024-02-29', '2025-02-28'],
    ['2026-12-25', '2027-12-31'], // Christmas ship date: no shift
  ])('IMP-02 K1 ship %s → initial term ends %s', (ship, end) => {
    expect(endOfMonthAfter(ship, 12)).toBe(end);
    expect(
      explainContract(imp, { plan: 'standard', shipDate: ship, asOf: ship, events: [] }).terms[0]?.end,
    ).toBe(end);
  });
  it.each([
    ['2026-01-01', '2026-12-31'],
    ['2024-02-29', '2025-02-27'],
    ['2026-03-31', '2027-03-30'],
  ])('IVA-32 K2 start %s → term ends %s', (start, end) => {
    expect(
      explainContract(iva, { plan: 'enterprise', termStart: start, asOf: start, events: [] }).terms[0]?.end,
    ).toBe(end);
  });
  it('adds months clamped to month ends and counts started months', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(wholeMonthsBetween('2026-11-01', '2027-01-09')).toBe(3);
  });
});

describe('explainContract', () => {
  it('IMP-03 renews automatically by 12-month terms after the K1 initial term', () => {
    const result = explainContract(imp, {
      plan: 'premium',
      shipDate: '2025-10-15',
      asOf: '2026-12-02',
      events: [],
    });
    expect(result.terms.map((t) => [t.start, t.end])).toEqual([
      ['2025-10-15', '2026-10-31'],
      ['2026-11-01', '2027-10-31'],
    ]);
    expect(result.status).toBe('active');
  });

  it.each([
    ['2026-10-01', 'contract.non_renewal_accepted', 'lapsed'], // on the deadline day (31 Oct − 30)
    ['2026-10-02', 'contract.notice_late', 'active'], // the day after: late, renews (IMP-04 / K3)
  ])('IMP-04 non-renewal received %s → %s', (received, outcome, status) => {
    const result = explainContract(imp, {
      plan: 'premium',
      shipDate: '2025-10-15',
      asOf: '2026-11-15',
      events: [ev('non_renewal_notice', received)],
    });
    expect(result.events[0]).toMatchObject({ outcome, deadline: '2026-10-01' });
    expect(result.status).toBe(status);
  });

  it.each([
    ['2026-10-02', 'contract.non_renewal_accepted'],
    ['2026-10-03', 'contract.notice_late'],
  ])('IVA-36 non-renewal 90 days before the end: received %s → %s', (received, outcome) => {
    const result = explainContract(iva, {
      plan: 'enterprise',
      termStart: '2026-01-01',
      asOf: '2026-11-01',
      events: [ev('non_renewal_notice', received)],
    });
    expect(result.events[0]).toMatchObject({ outcome, deadline: '2026-10-02' });
  });

  it.each([
    ['2026-09-02', '2026-11-01'], // exactly 60 days before the next term
    ['2026-09-03', '2027-11-01'], // later: the term after
  ])('IMP-06 K4 change noticed %s takes effect %s', (received, effective) => {
    const result = explainContract(imp, {
      plan: 'premium',
      shipDate: '2025-10-15',
      asOf: '2026-10-01',
      events: [ev('change_notice', received, { version: '2' })],
    });
    expect(result.events[0]).toMatchObject({ outcome: 'contract.change_effective', deadline: effective });
  });

  it.each([
    ['2026-03-31', 'contract.change_disputed'],
    ['2026-04-01', 'contract.objection_late'],
  ])('IVA-02/IVA-03 K5 objection on %s → %s', (objected, outcome) => {
    const result = explainContract(iva, {
      plan: 'enterprise',
      termStart: '2026-01-01',
      asOf: '2026-05-01',
      events: [
        ev('change_notice', '2026-03-01', { version: '4' }),
        ev('objection', objected, { reason: 'Price rise' }),
      ],
    });
    expect(result.events.find((e) => e.kind === 'objection')?.outcome).toBe(outcome);
    expect(result.terms[0]?.packVersion).toBe(outcome === 'contract.change_disputed' ? '3.20' : '4');
  });

  it.each([
    ['2026-04-30', 'contract.breach_cured'],
    ['2026-05-01', 'contract.termination_right_from'],
  ])('IMP-07 material breach noticed 2026-03-31, payment %s → %s', (paid, outcome) => {
    const result = explainContract(imp, {
      plan: 'premium',
      shipDate: '2025-10-15',
      asOf: '2026-06-01',
      events: [ev('breach_notice', '2026-03-31'), ev('payment', paid)],
    });
    expect(result.events.find((e) => e.kind === 'breach_notice')).toMatchObject({
      outcome,
      deadline: '2026-04-30',
    });
  });

  it('IMP-10 service withheld for late payment; paying restores it', () => {
    const base = { plan: 'premium', shipDate: '2025-10-15', asOf: '2026-06-01' };
    expect(explainContract(imp, { ...base, events: [ev('service_withheld', '2026-05-01')] }).status).toBe(
      'withheld',
    );
    expect(
      explainContract(imp, {
        ...base,
        events: [ev('service_withheld', '2026-05-01'), ev('payment', '2026-05-20')],
      }).status,
    ).toBe('active');
  });

  it('IVA-33 K7 renewal ordered but unpaid at expiry → suspended, restored on payment; not ordered → lapsed', () => {
    const base = { plan: 'enterprise', termStart: '2026-01-01', asOf: '2027-01-15' };
    expect(explainContract(iva, { ...base, events: [ev('renewal_order', '2026-12-01')] }).status).toBe(
      'suspended',
    );
    expect(
      explainContract(iva, {
        ...base,
        events: [ev('renewal_order', '2026-12-01'), ev('payment', '2027-01-10')],
      }).status,
    ).toBe('active');
    expect(
      explainContract(iva, {
        ...base,
        events: [ev('renewal_order', '2026-12-01'), ev('payment', '2026-12-20')],
      }).status,
    ).toBe('active');
    expect(explainContract(iva, { ...base, events: [] }).status).toBe('lapsed');
    const paidLater = explainContract(iva, {
      ...base,
      events: [ev('renewal_order', '2026-12-01'), ev('payment', '2027-01-20')],
    });
    expect(paidLater.status).toBe('suspended');
    expect(paidLater.events.find((e) => e.kind === 'payment')?.code).toBe('contract.suspended');
  });

  it('IMP-08 K6 reinstatement: back fees by whole months + 25%, to the cent', () => {
    const result = explainContract(imp, {
      plan: 'standard',
      shipDate: '2025-10-15',
      asOf: '2027-01-10',
      annualPrice: { amountMinor: 1_000_000, currency: 'EUR' },
      events: [ev('non_renewal_notice', '2026-09-01'), ev('reinstatement_request', '2027-01-10')],
    });
    expect(result.quote).toEqual({
      lines: [
        {
          code: 'back_fees',
          description: 'Back fees, 3 whole months',
          from: '2026-11-01',
          to: '2027-01-09',
          amountMinor: 250_000,
          currency: 'EUR',
        },
        {
          code: 'reinstatement_surcharge',
          description: 'Reinstatement fee, 25% of back fees',
          amountMinor: 62_500,
          currency: 'EUR',
        },
      ],
      totalMinor: 312_500,
      currency: 'EUR',
    });
  });

  it('IVA-35 K6 reinstatement: back fees + reinstatement fee + the new term', () => {
    const result = explainContract(iva, {
      plan: 'enterprise',
      termStart: '2026-01-01',
      asOf: '2027-03-05',
      annualPrice: { amountMinor: 1_234_567, currency: 'USD' },
      events: [ev('reinstatement_request', '2027-03-05')],
    });
    expect(result.quote?.lines.map((l) => [l.code, l.amountMinor])).toEqual([
      ['back_fees', 308_642], // 3 started months of 12 345.67 → 3 086.4175 → 3 086.42
      ['reinstatement_fee', 0],
      ['new_term', 1_234_567],
    ]);
    expect(result.quote?.totalMinor).toBe(1_543_209);
  });

  it('IVA-34 refuses a quote covering fewer licences than owned or in use, naming the number', () => {
    const result = explainContract(iva, {
      plan: 'enterprise',
      termStart: '2026-01-01',
      asOf: '2026-06-01',
      annualPrice: { amountMinor: 1_000_000, currency: 'USD' },
      events: [],
      licences: { owned: 100, inUse: 120, quoted: 100 },
    });
    expect(result.quote).toBeUndefined();
    expect(result.errors).toEqual([
      { code: 'contract.partial_licence_coverage', message: expect.stringContaining('120') },
    ]);
  });

  it('IVA-37 legacy Enhanced accepts no new contracts', () => {
    const result = explainContract(iva, {
      plan: 'enhanced',
      termStart: '2026-01-01',
      asOf: '2026-02-01',
      events: [],
    });
    expect(result.errors.map((e) => e.code)).toContain('contract.plan_not_sold');
  });
});
