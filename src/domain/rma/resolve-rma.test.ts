import { describe, expect, it } from 'vitest';
import { resolvePack } from '../packs/registry.js';
import { explainRmaRequest, type TRmaExplainRequest } from './explain-rma-json.js';
import { computeWarrantyEnd } from './warranty-end.js';

const explain = (request: Partial<TRmaExplainRequest> & { events: TRmaExplainRequest['events'] }) =>
  explainRmaRequest(
    {
      pack: 'imprivata-onesign',
      plan: 'standard',
      centre: 'us',
      appliance: {
        product: 'onesign',
        model: 'g4',
        kind: 'physical',
        ship_date: '2026-06-10',
        software_version: '7.3',
      },
      current_versions: ['7.3', '7.2'],
      ...request,
    },
    resolvePack,
  );
const concluded = (at: string, extra: object = {}) => ({ kind: 'defect_concluded' as const, at, ...extra });
const due = (r: ReturnType<typeof explain>, name: string) => r.deadlines.find((d) => d.name === name)?.due;

describe('IMP-17 / K1 warranty end', () => {
  it.each([
    ['2026-01-20', '2027-01-31'],
    ['2026-02-28', '2027-02-28'],
    ['2027-02-10', '2028-02-29'],
    ['2026-12-05', '2027-12-31'],
    ['2026-03-31', '2027-03-31'],
  ])('IMP-17 ship %s → warranty ends %s (last day of the 12th month after the ship month)', (ship, end) => {
    expect(computeWarrantyEnd(ship)).toBe(end);
  });
  it('IMP-17 the result carries the computed warranty end, never a typed one', () => {
    const r = explain({
      appliance: { product: 'onesign', kind: 'physical', ship_date: '2026-01-20' },
      events: [],
    });
    expect(r.warranty_end).toBe('2027-01-31');
  });
});

describe('IMP-27 Standard in warranty: return and repair, ship back within 10 business days of receipt (H1, T5)', () => {
  it.each([
    // [centre, received, expected ship_by, what it covers]
    ['us', '2026-12-21T10:00:00-05:00', '2027-01-06T15:00:00.000Z', 'US Christmas to New Year'],
    [
      'emea',
      '2026-12-24T09:00:00Z',
      '2027-01-12T09:00:00.000Z',
      'UK Christmas, Boxing Day substitute, New Year',
    ],
    [
      'us',
      '2026-11-14T12:00:00-05:00',
      '2026-12-01T12:00:00.000Z',
      'US weekend start counts from Monday opening; Thanksgiving',
    ],
    [
      'us',
      '2026-10-30T10:00:00-04:00',
      '2026-11-16T15:00:00.000Z',
      'US DST end and Veterans Day: same local 10:00',
    ],
    ['emea', '2026-10-23T16:00:00+01:00', '2026-11-06T16:00:00.000Z', 'UK DST end: same local 16:00'],
  ])('IMP-27 %s received %s → ship_by %s (%s)', (centre, received, expected) => {
    const r = explain({
      centre,
      events: [concluded('2026-10-01T14:00:00Z'), { kind: 'unit_received', at: received }],
    });
    expect(r.type).toBe('return_and_repair');
    expect(r.shipping).toBe('standard');
    expect(due(r, 'ship_by')).toBe(expected);
    expect(r.deadlines[0]?.explanation.join(' ')).toMatch(/T5/);
  });
  it('IMP-27 flags rma.ship_overdue when nothing shipped by the due time', () => {
    const r = explain({
      events: [concluded('2026-12-18T15:00:00Z'), { kind: 'unit_received', at: '2026-12-21T15:00:00Z' }],
      as_of: '2027-01-06T15:00:01Z',
    });
    expect(r.flags).toContain('rma.ship_overdue');
    const onTime = explain({
      events: [
        concluded('2026-12-18T15:00:00Z'),
        { kind: 'unit_received', at: '2026-12-21T15:00:00Z' },
        { kind: 'replacement_shipped', at: '2027-01-06T15:00:00Z' },
      ],
      as_of: '2027-01-20T00:00:00Z',
    });
    expect(onTime.flags).not.toContain('rma.ship_overdue');
  });
  it('IMP-24 explains the holidays it skipped and no deadline before receipt (return label first)', () => {
    const before = explain({ events: [concluded('2026-12-18T15:00:00Z')] });
    expect(before.type).toBe('return_and_repair');
    expect(before.deadlines).toEqual([]);
    const after = explain({
      events: [concluded('2026-12-18T15:00:00Z'), { kind: 'unit_received', at: '2026-12-21T15:00:00Z' }],
    });
    expect(after.deadlines[0]?.explanation.join(' ')).toMatch(/Christmas Day.*New Year/);
  });
  it('IMP-26 / H2 a repair or in-warranty replacement never extends the warranty', () => {
    const r = explain({
      events: [
        concluded('2026-12-18T15:00:00Z'),
        { kind: 'unit_received', at: '2026-12-21T15:00:00Z' },
        { kind: 'replacement_shipped', at: '2026-12-30T15:00:00Z' },
      ],
    });
    expect(r.warranty_end).toBe('2027-06-30');
  });
});

describe('IMP-32 / IMP-34 Premium advance replacement (H1, T5)', () => {
  it.each([
    [
      'us',
      '2026-12-24T18:30:00-05:00',
      '2026-12-28T23:30:00.000Z',
      'US Christmas Eve open, Christmas closed',
    ],
    ['emea', '2026-12-24T17:30:00Z', '2026-12-29T17:30:00.000Z', 'UK Christmas + Boxing Day substitute'],
    ['emea', '2026-10-23T16:00:00+01:00', '2026-10-26T16:00:00.000Z', 'UK DST end over the weekend'],
    ['us', '2026-12-26T09:00:00-05:00', '2026-12-29T12:00:00.000Z', 'US Saturday → Monday opening + 1 day'],
  ])('IMP-32 %s defect concluded %s → ship_by %s (%s)', (centre, at, expected) => {
    const r = explain({ plan: 'premium', centre, events: [concluded(at)] });
    expect(r.type).toBe('advance_replacement');
    expect(due(r, 'ship_by')).toBe(expected);
  });
  it.each([
    ['us', '2026-12-29T14:00:00-05:00', '2027-01-21T19:00:00.000Z'],
    ['emea', '2026-12-23T11:00:00Z', '2027-01-18T11:00:00.000Z'],
  ])(
    'IMP-34 %s replacement delivered %s → defective unit due back %s (15 business days)',
    (centre, delivered, expected) => {
      const r = explain({
        plan: 'premium',
        centre,
        events: [
          concluded('2026-12-21T15:00:00Z'),
          { kind: 'replacement_shipped', at: '2026-12-22T15:00:00Z' },
          { kind: 'replacement_delivered', at: delivered },
        ],
      });
      expect(due(r, 'return_due')).toBe(expected);
    },
  );
  it('IMP-34 without a delivery the return is due 15 business days after shipment (H1)', () => {
    const r = explain({
      plan: 'premium',
      events: [
        concluded('2026-12-21T15:00:00Z'),
        { kind: 'replacement_shipped', at: '2026-12-29T19:00:00Z' },
      ],
    });
    expect(due(r, 'return_due')).toBe('2027-01-21T19:00:00.000Z');
  });
  it('IMP-34 an overdue return proposes a charge at the given then-current price (not an invoice)', () => {
    const events = [
      concluded('2026-12-21T15:00:00Z'),
      { kind: 'replacement_shipped' as const, at: '2026-12-29T19:00:00Z' },
    ];
    const price = { amount_minor: 249_900, currency: 'USD' };
    const late = explain({ plan: 'premium', events, price, as_of: '2027-01-21T19:00:01Z' });
    expect(late.flags).toEqual(expect.arrayContaining(['rma.return_overdue', 'rma.charge_proposed']));
    expect(late.charge).toEqual(price);
    const returned = explain({
      plan: 'premium',
      events: [...events, { kind: 'unit_returned', at: '2027-01-21T19:00:00Z' }],
      price,
      as_of: '2027-02-21T00:00:00Z',
    });
    expect(returned.flags).not.toContain('rma.return_overdue');
    expect(returned.charge).toBeUndefined();
  });
  it('IMP-33 ships overnight, expedited where the pack says overnight is not available', () => {
    expect(
      explain({ plan: 'premium', events: [concluded('2026-12-21T15:00:00Z', { destination: 'US' })] })
        .shipping,
    ).toBe('overnight');
    expect(
      explain({ plan: 'premium', events: [concluded('2026-12-21T15:00:00Z', { destination: 'ZA' })] })
        .shipping,
    ).toBe('expedited');
  });
  it('IMP-32 Premium is advance replacement regardless of warranty, keeping the original warranty end (H2)', () => {
    const r = explain({
      plan: 'premium',
      appliance: {
        product: 'onesign',
        model: 'g4',
        kind: 'physical',
        ship_date: '2024-01-10',
        software_version: '7.3',
      },
      events: [
        concluded('2026-12-21T15:00:00Z'),
        { kind: 'replacement_shipped', at: '2026-12-22T15:00:00Z' },
      ],
    });
    expect(r.type).toBe('advance_replacement');
    expect(r.warranty_end).toBe('2025-01-31');
  });
  it('IMP-35 a field-replaceable component ships instead, with no return due and no charge', () => {
    const r = explain({
      plan: 'premium',
      events: [
        concluded('2026-12-21T15:00:00Z', { component: true }),
        { kind: 'replacement_shipped', at: '2026-12-22T15:00:00Z' },
      ],
      price: { amount_minor: 1000, currency: 'USD' },
      as_of: '2027-06-01T00:00:00Z',
    });
    expect(r.flags).toContain('rma.field_replaceable_component');
    expect(r.deadlines.map((d) => d.name)).toEqual(['ship_by']);
    expect(r.charge).toBeUndefined();
  });
  it('IMP-23 Standard may also ship a field-replaceable component', () => {
    const r = explain({ events: [concluded('2026-12-21T15:00:00Z', { component: true })] });
    expect(r.flags).toContain('rma.field_replaceable_component');
  });
});

describe('IMP-30 Standard after warranty: priced replacement with a new warranty (H2, K1)', () => {
  const old = {
    product: 'onesign',
    model: 'g4',
    kind: 'physical' as const,
    ship_date: '2024-05-02',
    software_version: '7.3',
  };
  it('IMP-30 quotes at the then-current price and the replacement gets a new K1 warranty from its ship date', () => {
    const quote = explain({
      appliance: old,
      events: [concluded('2026-12-21T15:00:00Z')],
      price: { amount_minor: 300_000, currency: 'USD' },
    });
    expect(quote.type).toBe('priced_replacement');
    expect(quote.charge).toEqual({ amount_minor: 300_000, currency: 'USD' });
    expect(quote.flags).toContain('rma.quote_required');
    const shipped = explain({
      appliance: old,
      events: [
        concluded('2026-12-21T15:00:00Z'),
        { kind: 'replacement_shipped', at: '2027-03-10T15:00:00Z' },
      ],
    });
    expect(shipped.warranty_end).toBe('2028-03-31');
  });
});

describe('Refusals', () => {
  const refused = (r: ReturnType<typeof explain>) => r.refused?.code;
  it('IMP-20 third-party device: refused, the manufacturer warranty applies', () => {
    const r = explain({
      appliance: { product: 'card-reader', kind: 'third_party', ship_date: '2026-06-01' },
      events: [concluded('2026-12-21T15:00:00Z')],
    });
    expect(refused(r)).toBe('rma.third_party_device');
    expect(r.refused?.message).toMatch(/manufacturer/);
  });
  it('IMP-21 virtual appliance: no hardware maintenance', () => {
    const r = explain({
      appliance: { product: 'onesign', kind: 'virtual', ship_date: '2026-06-01' },
      events: [concluded('2026-12-21T15:00:00Z')],
    });
    expect(refused(r)).toBe('rma.virtual_only');
  });
  it('IMP-22 no defect conclusion recorded: refused', () => {
    expect(refused(explain({ events: [{ kind: 'unit_received', at: '2026-12-21T15:00:00Z' }] }))).toBe(
      'rma.no_defect_conclusion',
    );
  });
  it('IMP-19 on-site repair requested: refused', () => {
    expect(
      refused(
        explain({
          events: [
            concluded('2026-12-21T15:00:00Z'),
            { kind: 'onsite_requested', at: '2026-12-21T16:00:00Z' },
          ],
        }),
      ),
    ).toBe('rma.onsite_not_offered');
  });
  it('IMP-16 excluded cause recorded: refused', () => {
    const r = explain({
      events: [
        concluded('2026-12-21T15:00:00Z'),
        { kind: 'excluded_cause', at: '2026-12-21T16:00:00Z', cause: 'unauthorised modification' },
      ],
    });
    expect(refused(r)).toBe('rma.excluded_cause');
  });
  it('IMP-15 software not on N or N-1 (strict, no 12-month rule): refused; N-1 accepted', () => {
    const base = { product: 'onesign', model: 'g4', kind: 'physical' as const, ship_date: '2026-06-10' };
    const events = [concluded('2026-12-21T15:00:00Z')];
    expect(refused(explain({ appliance: { ...base, software_version: '7.1' }, events }))).toBe(
      'rma.software_not_supported',
    );
    expect(explain({ appliance: { ...base, software_version: '7.2' }, events }).type).toBe(
      'return_and_repair',
    );
  });
  it('errors: unknown centre and invalid input are errors, not refusals', () => {
    expect(() => explain({ centre: 'mars', events: [] })).toThrow(/rma.unknown_centre|Unknown centre/);
    expect(() => explainRmaRequest({ pack: 'imprivata-onesign' }, resolvePack)).toThrow(/plan/);
  });
});

describe('Releases needing a later model (IMP-28, IMP-29, IMP-31, IMP-36)', () => {
  const g3 = (product: string, ship = '2026-06-10') => ({
    product,
    model: 'g3',
    kind: 'physical' as const,
    ship_date: ship,
    software_version: '7.3',
  });
  const price = { amount_minor: 500_000, currency: 'USD' };
  it('IMP-28 OneSign under maintenance in warranty: free later-model pair, warranty end kept', () => {
    const r = explain({
      appliance: g3('onesign'),
      current_versions: ['8.0', '7.3'],
      events: [{ kind: 'replacement_shipped', at: '2027-02-01T15:00:00Z' }],
      price,
    });
    expect(r.type).toBe('model_upgrade');
    expect(r.charge).toBeUndefined();
    expect(r.warranty_end).toBe('2027-06-30');
  });
  it('IMP-29 OneSign Anywhere: then-current price, fresh 12-month warranty from shipment', () => {
    const r = explain({
      appliance: g3('onesign-anywhere'),
      current_versions: ['8.0', '7.3'],
      events: [{ kind: 'replacement_shipped', at: '2027-02-01T15:00:00Z' }],
      price,
    });
    expect(r.type).toBe('model_upgrade');
    expect(r.charge).toEqual(price);
    expect(r.warranty_end).toBe('2028-02-29');
  });
  it('IMP-31 Standard after warranty, OneSign: offered at the then-current price', () => {
    const r = explain({
      appliance: g3('onesign', '2024-01-10'),
      current_versions: ['8.0', '7.3'],
      events: [],
      price,
      as_of: '2026-12-21T15:00:00Z',
    });
    expect(r.type).toBe('model_upgrade');
    expect(r.charge).toEqual(price);
  });
  it('IMP-36 Premium OneSign out of warranty: still free; OneSign Anywhere priced', () => {
    const free = explain({
      plan: 'premium',
      appliance: g3('onesign', '2024-01-10'),
      current_versions: ['8.0', '7.3'],
      events: [],
      price,
      as_of: '2026-12-21T15:00:00Z',
    });
    expect(free.charge).toBeUndefined();
    expect(free.flags).toContain('rma.upgrade_at_no_cost');
    const paid = explain({
      plan: 'premium',
      appliance: g3('onesign-anywhere', '2024-01-10'),
      current_versions: ['8.0', '7.3'],
      events: [],
      price,
      as_of: '2026-12-21T15:00:00Z',
    });
    expect(paid.charge).toEqual(price);
  });
  it('IMP-28 a model at or above the minimum needs no upgrade', () => {
    const r = explain({
      current_versions: ['8.0', '7.3'],
      appliance: {
        product: 'onesign',
        model: 'g4',
        kind: 'physical',
        ship_date: '2026-06-10',
        software_version: '8.0',
      },
      events: [concluded('2026-12-21T15:00:00Z')],
    });
    expect(r.type).toBe('return_and_repair');
  });
});
