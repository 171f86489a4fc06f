import { describe, expect, it } from 'vitest';
import { getBuiltInPack } from '../packs/registry.js';
import { resolveSla } from './resolve-sla.js';
import type { TSlaInput, TSlaResult } from './types.js';

const pack = getBuiltInPack('imprivata-onesign');
type TExpect = string | 'next_release' | 'no_commitment' | 'not_eligible';
type TRow = {
  label: string;
  plan: string;
  severity: string;
  opened: string;
  input?: Partial<TSlaInput>;
  firstResponse: TExpect;
  resolution: TExpect;
};

/** Asserts a milestone: an ISO instant (any offset) = deadline due then; otherwise the kind with no due. */
function expectMilestone(result: TSlaResult, name: string, expected: TExpect): void {
  const milestone = result.milestones.find((m) => m.name === name);
  if (!milestone) throw new Error(`no ${name} milestone`);
  if (expected === 'next_release' || expected === 'no_commitment' || expected === 'not_eligible') {
    expect({ kind: milestone.kind, due: milestone.due }).toEqual({ kind: expected, due: null });
  } else {
    expect({ kind: milestone.kind, due: new Date(milestone.due ?? 0).toISOString() }).toEqual({
      kind: 'deadline',
      due: new Date(expected).toISOString(),
    });
  }
}

// US centre: Mon–Fri 07:00–19:00 America/New_York, US federal holidays (T1). Scenarios:
//   in hours   Tue 2026-11-24 10:00 EST
//   Friday     Fri 2026-11-20 20:00 EST (after close; portal received Mon 11-23 07:00)
//   holiday    Thu 2026-11-26 10:00 EST (Thanksgiving; received Fri 11-27 07:00, which is open per T1)
//   DST        Fri 2026-10-30 18:00 EDT (one hour left; clocks fall back Sun 11-01; resumes Mon 07:00 EST)
const IN_HOURS = '2026-11-24T10:00:00-05:00';
const FRIDAY = '2026-11-20T20:00:00-05:00';
const HOLIDAY = '2026-11-26T10:00:00-05:00';
const DST = '2026-10-30T18:00:00-04:00';
const phoneWithPin: Partial<TSlaInput> = { channel: 'phone', pinVerified: true };

const rows: TRow[] = [
  // Standard P0: 2 business hours / 1 business day (IMP-49, T4, T5)
  {
    label: 'std P0 in hours',
    plan: 'standard',
    severity: 'P0',
    opened: IN_HOURS,
    firstResponse: '2026-11-24T12:00:00-05:00',
    resolution: '2026-11-25T10:00:00-05:00',
  },
  {
    label: 'std P0 Friday evening',
    plan: 'standard',
    severity: 'P0',
    opened: FRIDAY,
    firstResponse: '2026-11-23T09:00:00-05:00',
    resolution: '2026-11-24T07:00:00-05:00',
  },
  {
    label: 'std P0 holiday',
    plan: 'standard',
    severity: 'P0',
    opened: HOLIDAY,
    firstResponse: '2026-11-27T09:00:00-05:00',
    resolution: '2026-11-30T07:00:00-05:00',
  },
  {
    label: 'std P0 across DST',
    plan: 'standard',
    severity: 'P0',
    opened: DST,
    firstResponse: '2026-11-02T08:00:00-05:00',
    resolution: '2026-11-02T18:00:00-05:00',
  },
  // Standard P1: 4 business hours / 7 business days (IMP-50)
  {
    label: 'std P1 in hours',
    plan: 'standard',
    severity: 'P1',
    opened: IN_HOURS,
    firstResponse: '2026-11-24T14:00:00-05:00',
    resolution: '2026-12-04T10:00:00-05:00',
  },
  {
    label: 'std P1 Friday evening',
    plan: 'standard',
    severity: 'P1',
    opened: FRIDAY,
    firstResponse: '2026-11-23T11:00:00-05:00',
    resolution: '2026-12-03T07:00:00-05:00',
  },
  {
    label: 'std P1 holiday',
    plan: 'standard',
    severity: 'P1',
    opened: HOLIDAY,
    firstResponse: '2026-11-27T11:00:00-05:00',
    resolution: '2026-12-08T07:00:00-05:00',
  },
  {
    label: 'std P1 across DST',
    plan: 'standard',
    severity: 'P1',
    opened: DST,
    firstResponse: '2026-11-02T10:00:00-05:00',
    resolution: '2026-11-10T18:00:00-05:00',
  },
  // Standard P2: 1 business day / next release (IMP-51, C6)
  {
    label: 'std P2 in hours',
    plan: 'standard',
    severity: 'P2',
    opened: IN_HOURS,
    firstResponse: '2026-11-25T10:00:00-05:00',
    resolution: 'next_release',
  },
  {
    label: 'std P2 Friday evening',
    plan: 'standard',
    severity: 'P2',
    opened: FRIDAY,
    firstResponse: '2026-11-24T07:00:00-05:00',
    resolution: 'next_release',
  },
  {
    label: 'std P2 holiday',
    plan: 'standard',
    severity: 'P2',
    opened: HOLIDAY,
    firstResponse: '2026-11-30T07:00:00-05:00',
    resolution: 'next_release',
  },
  {
    label: 'std P2 across DST',
    plan: 'standard',
    severity: 'P2',
    opened: DST,
    firstResponse: '2026-11-02T18:00:00-05:00',
    resolution: 'next_release',
  },
  // Standard P3: 5 business days / no commitment (IMP-52)
  {
    label: 'std P3 in hours',
    plan: 'standard',
    severity: 'P3',
    opened: IN_HOURS,
    firstResponse: '2026-12-02T10:00:00-05:00',
    resolution: 'no_commitment',
  },
  {
    label: 'std P3 Friday evening',
    plan: 'standard',
    severity: 'P3',
    opened: FRIDAY,
    firstResponse: '2026-12-01T07:00:00-05:00',
    resolution: 'no_commitment',
  },
  {
    label: 'std P3 holiday',
    plan: 'standard',
    severity: 'P3',
    opened: HOLIDAY,
    firstResponse: '2026-12-04T07:00:00-05:00',
    resolution: 'no_commitment',
  },
  {
    label: 'std P3 across DST',
    plan: 'standard',
    severity: 'P3',
    opened: DST,
    firstResponse: '2026-11-06T18:00:00-05:00',
    resolution: 'no_commitment',
  },
  // Premium P0 by phone with PIN: elapsed 1 hour / 1 day = 24 elapsed hours (C2, T6)
  {
    label: 'prem P0 in hours',
    plan: 'premium',
    severity: 'P0',
    opened: IN_HOURS,
    input: phoneWithPin,
    firstResponse: '2026-11-24T11:00:00-05:00',
    resolution: '2026-11-25T10:00:00-05:00',
  },
  {
    label: 'prem P0 Friday evening',
    plan: 'premium',
    severity: 'P0',
    opened: FRIDAY,
    input: phoneWithPin,
    firstResponse: '2026-11-20T21:00:00-05:00',
    resolution: '2026-11-21T20:00:00-05:00',
  },
  {
    label: 'prem P0 holiday',
    plan: 'premium',
    severity: 'P0',
    opened: HOLIDAY,
    input: phoneWithPin,
    firstResponse: '2026-11-26T11:00:00-05:00',
    resolution: '2026-11-27T10:00:00-05:00',
  },
  {
    label: 'prem P0 across DST (23 wall-clock hours)',
    plan: 'premium',
    severity: 'P0',
    opened: '2026-10-31T12:00:00-04:00',
    input: phoneWithPin,
    firstResponse: '2026-10-31T13:00:00-04:00',
    resolution: '2026-11-01T11:00:00-05:00',
  },
  {
    label: 'prem P0 via portal on Friday evening: received at the next opening',
    plan: 'premium',
    severity: 'P0',
    opened: FRIDAY,
    firstResponse: '2026-11-23T08:00:00-05:00',
    resolution: '2026-11-24T07:00:00-05:00',
  },
  // Premium P1: 2 business hours / 5 business days
  {
    label: 'prem P1 in hours',
    plan: 'premium',
    severity: 'P1',
    opened: IN_HOURS,
    firstResponse: '2026-11-24T12:00:00-05:00',
    resolution: '2026-12-02T10:00:00-05:00',
  },
  {
    label: 'prem P1 Friday evening',
    plan: 'premium',
    severity: 'P1',
    opened: FRIDAY,
    firstResponse: '2026-11-23T09:00:00-05:00',
    resolution: '2026-12-01T07:00:00-05:00',
  },
  {
    label: 'prem P1 holiday',
    plan: 'premium',
    severity: 'P1',
    opened: HOLIDAY,
    firstResponse: '2026-11-27T09:00:00-05:00',
    resolution: '2026-12-04T07:00:00-05:00',
  },
  {
    label: 'prem P1 across DST',
    plan: 'premium',
    severity: 'P1',
    opened: DST,
    firstResponse: '2026-11-02T08:00:00-05:00',
    resolution: '2026-11-06T18:00:00-05:00',
  },
  // Premium P2: 4 business hours / next release
  {
    label: 'prem P2 in hours',
    plan: 'premium',
    severity: 'P2',
    opened: IN_HOURS,
    firstResponse: '2026-11-24T14:00:00-05:00',
    resolution: 'next_release',
  },
  {
    label: 'prem P2 Friday evening',
    plan: 'premium',
    severity: 'P2',
    opened: FRIDAY,
    firstResponse: '2026-11-23T11:00:00-05:00',
    resolution: 'next_release',
  },
  {
    label: 'prem P2 holiday',
    plan: 'premium',
    severity: 'P2',
    opened: HOLIDAY,
    firstResponse: '2026-11-27T11:00:00-05:00',
    resolution: 'next_release',
  },
  {
    label: 'prem P2 across DST',
    plan: 'premium',
    severity: 'P2',
    opened: DST,
    firstResponse: '2026-11-02T10:00:00-05:00',
    resolution: 'next_release',
  },
  // Premium P3: 2 business days / no commitment
  {
    label: 'prem P3 in hours',
    plan: 'premium',
    severity: 'P3',
    opened: IN_HOURS,
    firstResponse: '2026-11-27T10:00:00-05:00',
    resolution: 'no_commitment',
  },
  {
    label: 'prem P3 Friday evening',
    plan: 'premium',
    severity: 'P3',
    opened: FRIDAY,
    firstResponse: '2026-11-25T07:00:00-05:00',
    resolution: 'no_commitment',
  },
  {
    label: 'prem P3 holiday',
    plan: 'premium',
    severity: 'P3',
    opened: HOLIDAY,
    firstResponse: '2026-12-01T07:00:00-05:00',
    resolution: 'no_commitment',
  },
  {
    label: 'prem P3 across DST',
    plan: 'premium',
    severity: 'P3',
    opened: DST,
    firstResponse: '2026-11-03T18:00:00-05:00',
    resolution: 'no_commitment',
  },
  // EMEA centre: Mon–Fri 08:00–18:00 Europe/London, England & Wales bank holidays
  {
    label: 'emea std P1 in hours',
    plan: 'standard',
    severity: 'P1',
    opened: '2026-11-24T10:00:00Z',
    input: { centre: 'emea' },
    firstResponse: '2026-11-24T14:00:00Z',
    resolution: '2026-12-03T10:00:00Z',
  },
  {
    label: 'emea std P0 over Christmas, Boxing Day and its substitute',
    plan: 'standard',
    severity: 'P0',
    opened: '2026-12-24T17:00:00Z',
    input: { centre: 'emea' },
    firstResponse: '2026-12-29T09:00:00Z',
    resolution: '2026-12-29T17:00:00Z',
  },
  {
    label: 'emea std P1 across BST end',
    plan: 'standard',
    severity: 'P1',
    opened: '2026-10-23T17:00:00+01:00',
    input: { centre: 'emea' },
    firstResponse: '2026-10-26T11:00:00Z',
    resolution: '2026-11-03T17:00:00Z',
  },
  {
    label: 'emea prem P2 Friday evening',
    plan: 'premium',
    severity: 'P2',
    opened: '2026-11-20T19:00:00Z',
    input: { centre: 'emea' },
    firstResponse: '2026-11-23T12:00:00Z',
    resolution: 'next_release',
  },
];

describe('resolveSla — Imprivata OneSign, every plan × severity', () => {
  it.each(rows)('$label', (row) => {
    const result = resolveSla(pack, {
      plan: row.plan,
      severity: row.severity,
      opened: Date.parse(row.opened),
      centre: 'us',
      ...row.input,
    });
    expectMilestone(result, 'first_response', row.firstResponse);
    expectMilestone(result, 'resolution', row.resolution);
  });
});

describe('resolveSla — Imprivata specifics', () => {
  it('refuses a Premium phone call without a valid PIN (C8)', () => {
    expect(() =>
      resolveSla(pack, {
        plan: 'premium',
        severity: 'P0',
        opened: Date.parse(FRIDAY),
        centre: 'us',
        channel: 'phone',
      }),
    ).toThrowError(expect.objectContaining({ code: 'sla.premium_pin_required' }));
  });

  it('treats a Standard after-hours call as received at the next opening (C1)', () => {
    const result = resolveSla(pack, {
      plan: 'standard',
      severity: 'P0',
      opened: Date.parse(FRIDAY),
      centre: 'us',
      channel: 'phone',
    });
    expect(new Date(result.received).toISOString()).toBe('2026-11-23T12:00:00.000Z');
    expectMilestone(result, 'first_response', '2026-11-23T09:00:00-05:00');
  });

  it('answers non-emergency requests made during a closure one business day after it (C7)', () => {
    const closure = {
      from: Date.parse('2026-12-02T12:00:00-05:00'),
      to: Date.parse('2026-12-02T16:00:00-05:00'),
    };
    const opened = Date.parse('2026-12-02T13:00:00-05:00');
    const p1 = resolveSla(pack, { plan: 'standard', severity: 'P1', opened, centre: 'us', closure });
    expectMilestone(p1, 'first_response', '2026-12-03T16:00:00-05:00');
    expectMilestone(p1, 'resolution', '2026-12-11T16:00:00-05:00');
    const p3 = resolveSla(pack, { plan: 'standard', severity: 'P3', opened, centre: 'us', closure });
    expectMilestone(p3, 'first_response', '2026-12-03T16:00:00-05:00');
    const fr = p1.milestones[0];
    expect(fr?.explanation.join('\n')).toContain('IMP-46');
  });

  it('applies closures scheduled in the pack calendar the same way (C7)', () => {
    const edited = {
      ...pack,
      centres: pack.centres.map((c) =>
        c.id === 'us'
          ? {
              ...c,
              calendar: {
                ...c.calendar,
                closures: [{ date: '2026-12-02', from: '12:00', to: '16:00', reason: 'training' }],
              },
            }
          : c,
      ),
    };
    const opened = Date.parse('2026-12-02T13:00:00-05:00');
    const p2 = resolveSla(edited, { plan: 'premium', severity: 'P2', opened, centre: 'us' });
    expectMilestone(p2, 'first_response', '2026-12-03T16:00:00-05:00');
    // Opened before the closure: the closure only removes business time (10:00–12:00, then 16:00–18:00).
    const before = resolveSla(edited, {
      plan: 'premium',
      severity: 'P2',
      opened: Date.parse('2026-12-02T10:00:00-05:00'),
      centre: 'us',
    });
    expectMilestone(before, 'first_response', '2026-12-02T18:00:00-05:00');
    expect(before.milestones[0]?.explanation.join('\n')).toContain('training');
    const p0 = resolveSla(edited, { plan: 'standard', severity: 'P0', opened, centre: 'us' });
    expectMilestone(p0, 'first_response', '2026-12-02T15:00:00-05:00');
  });

  it('keeps normal targets for emergencies during a closure (C7)', () => {
    const closure = {
      from: Date.parse('2026-12-02T12:00:00-05:00'),
      to: Date.parse('2026-12-02T16:00:00-05:00'),
    };
    const result = resolveSla(pack, {
      plan: 'standard',
      severity: 'P0',
      opened: Date.parse('2026-12-02T13:00:00-05:00'),
      centre: 'us',
      closure,
    });
    expectMilestone(result, 'first_response', '2026-12-02T15:00:00-05:00');
  });

  it('dates a next-release resolution at the GA of the next release when one is scheduled (C6)', () => {
    const nextReleaseGa = Date.parse('2027-01-15T00:00:00Z');
    const result = resolveSla(pack, {
      plan: 'standard',
      severity: 'P2',
      opened: Date.parse(IN_HOURS),
      centre: 'us',
      nextReleaseGa,
    });
    const resolution = result.milestones.find((m) => m.name === 'resolution');
    expect(resolution).toMatchObject({ kind: 'next_release', due: nextReleaseGa });
  });

  it('explains a due time with the clause, the calendar and the holiday that moved it', () => {
    const result = resolveSla(pack, {
      plan: 'standard',
      severity: 'P1',
      opened: Date.parse(IN_HOURS),
      centre: 'us',
    });
    const resolution = result.milestones.find((m) => m.name === 'resolution');
    expect(resolution?.clause).toBe('IMP-50');
    expect(resolution?.clock).toContain('America/New_York');
    const text = resolution?.explanation.join('\n') ?? '';
    expect(text).toContain('“Within 7 business days”');
    expect(text).toContain('2026-11-26');
  });

  it('rejects unknown plans, severities and centres', () => {
    const opened = Date.parse(IN_HOURS);
    expect(() => resolveSla(pack, { plan: 'gold', severity: 'P1', opened })).toThrowError(
      expect.objectContaining({ code: 'sla.unknown_plan' }),
    );
    expect(() => resolveSla(pack, { plan: 'standard', severity: 'S1', opened })).toThrowError(
      expect.objectContaining({ code: 'sla.unknown_severity' }),
    );
    expect(() => resolveSla(pack, { plan: 'standard', severity: 'P1', opened, centre: 'apac' })).toThrowError(
      expect.objectContaining({ code: 'sla.unknown_centre' }),
    );
  });
});
