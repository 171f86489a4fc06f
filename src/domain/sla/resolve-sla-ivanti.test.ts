import { describe, expect, it } from 'vitest';
import { getBuiltInPack } from '../packs/registry.js';
import { resolveSla } from './resolve-sla.js';
import type { TSlaInput, TSlaResult } from './types.js';

const pack = getBuiltInPack('ivanti');

function dueOf(result: TSlaResult, name: string): string | null {
  const milestone = result.milestones.find((m) => m.name === name);
  if (!milestone) throw new Error(`no ${name} milestone`);
  return milestone.due === null ? null : new Date(milestone.due).toISOString();
}
const utc = (iso: string) => new Date(iso).toISOString();

// americas centre (placeholder, T1): Mon–Fri 07:00–19:00 America/New_York, US federal holidays.
//   in hours Tue 2026-11-24 10:00 EST; Friday Fri 2026-11-20 20:00 EST (received Mon 07:00);
//   holiday Thu 2026-11-26 (Thanksgiving; received Fri 11-27 07:00);
//   DST Fri 2026-10-30 18:45 EDT (15 minutes left; resumes Mon 11-02 07:00 EST).
const scenarios = {
  inHours: '2026-11-24T10:00:00-05:00',
  friday: '2026-11-20T20:00:00-05:00',
  holiday: '2026-11-26T10:00:00-05:00',
  dst: '2026-10-30T18:45:00-04:00',
} as const;

/** Hand-computed first-response due per business-hours target, per scenario. */
const businessDue: Record<string, Record<keyof typeof scenarios, string>> = {
  '30m': {
    inHours: '2026-11-24T10:30:00-05:00',
    friday: '2026-11-23T07:30:00-05:00',
    holiday: '2026-11-27T07:30:00-05:00',
    dst: '2026-11-02T07:15:00-05:00',
  },
  '1h': {
    inHours: '2026-11-24T11:00:00-05:00',
    friday: '2026-11-23T08:00:00-05:00',
    holiday: '2026-11-27T08:00:00-05:00',
    dst: '2026-11-02T07:45:00-05:00',
  },
  '2h': {
    inHours: '2026-11-24T12:00:00-05:00',
    friday: '2026-11-23T09:00:00-05:00',
    holiday: '2026-11-27T09:00:00-05:00',
    dst: '2026-11-02T08:45:00-05:00',
  },
  '4h': {
    inHours: '2026-11-24T14:00:00-05:00',
    friday: '2026-11-23T11:00:00-05:00',
    holiday: '2026-11-27T11:00:00-05:00',
    dst: '2026-11-02T10:45:00-05:00',
  },
  '8h': {
    inHours: '2026-11-24T18:00:00-05:00',
    friday: '2026-11-23T15:00:00-05:00',
    holiday: '2026-11-27T15:00:00-05:00',
    dst: '2026-11-02T14:45:00-05:00',
  },
  '16h': {
    inHours: '2026-11-25T14:00:00-05:00',
    friday: '2026-11-24T11:00:00-05:00',
    holiday: '2026-11-30T11:00:00-05:00',
    dst: '2026-11-03T10:45:00-05:00',
  },
};

/** IVA-28 / IVA-37 response targets in business hours (S2–S4 any channel; S1 only by phone). */
const targets: Record<string, Record<string, string>> = {
  standard: { S1: '2h', S2: '4h', S3: '8h', S4: '16h' },
  enterprise: { S1: '1h', S2: '2h', S3: '4h', S4: '8h' },
  premium: { S1: '30m', S2: '1h', S3: '4h', S4: '8h' },
  enhanced: { S1: '1h', S2: '2h', S3: '4h', S4: '8h' },
};

const cases = Object.entries(targets).flatMap(([plan, bySeverity]) =>
  Object.entries(bySeverity).flatMap(([severity, target]) =>
    (Object.keys(scenarios) as (keyof typeof scenarios)[]).map((scenario) => ({
      plan,
      severity,
      scenario,
      target,
    })),
  ),
);

describe('resolveSla — Ivanti business-hours response targets, every plan × severity', () => {
  it.each(cases.filter((c) => c.severity !== 'S1' || c.plan === 'standard'))(
    '$plan $severity $scenario ($target)',
    ({ plan, severity, scenario, target }) => {
      const input: TSlaInput = {
        plan,
        severity,
        opened: Date.parse(scenarios[scenario]),
        centre: 'americas',
      };
      if (severity === 'S1') input.channel = 'phone'; // Standard: phone in Business Hours only (C3)
      const result = resolveSla(pack, input);
      expect(dueOf(result, 'first_response')).toBe(utc(businessDue[target]![scenario]));
      expect(result.milestones.find((m) => m.name === 'resolution')).toMatchObject({
        kind: 'no_commitment',
        due: null,
      });
    },
  );
});

describe('resolveSla — Ivanti S1 with 24x7 phone support (IVA-30, T6)', () => {
  // Elapsed time around the clock from the call; DST: Sun 2026-11-01 01:30 EDT is followed, one hour
  // later, by 01:30 EST.
  const phoneCases: [string, string, string, string][] = [
    ['enterprise', scenarios.inHours, '2026-11-24T11:00:00-05:00', '2026-11-24T18:00:00-05:00'],
    ['enterprise', scenarios.friday, '2026-11-20T21:00:00-05:00', '2026-11-21T04:00:00-05:00'],
    ['enterprise', scenarios.holiday, '2026-11-26T11:00:00-05:00', '2026-11-26T18:00:00-05:00'],
    ['enterprise', '2026-11-01T01:30:00-04:00', '2026-11-01T01:30:00-05:00', '2026-11-01T08:30:00-05:00'],
    ['premium', scenarios.inHours, '2026-11-24T10:30:00-05:00', scenarios.inHours],
    ['premium', scenarios.friday, '2026-11-20T20:30:00-05:00', scenarios.friday],
    ['premium', scenarios.holiday, '2026-11-26T10:30:00-05:00', scenarios.holiday],
    ['premium', '2026-11-01T01:30:00-04:00', '2026-11-01T01:00:00-05:00', '2026-11-01T01:30:00-04:00'],
    ['enhanced', scenarios.friday, '2026-11-20T21:00:00-05:00', ''],
    ['enhanced', '2026-11-01T01:30:00-04:00', '2026-11-01T01:30:00-05:00', ''],
  ];
  it.each(phoneCases)('%s S1 by phone opened %s', (plan, opened, firstResponse, escalation) => {
    const result = resolveSla(pack, {
      plan,
      severity: 'S1',
      opened: Date.parse(opened),
      centre: 'americas',
      channel: 'phone',
    });
    expect(dueOf(result, 'first_response')).toBe(utc(firstResponse));
    const escalations = result.milestones.filter((m) => m.name === 'escalation');
    if (escalation === '') expect(escalations).toEqual([]);
    else expect(escalations.map((m) => new Date(m.due ?? 0).toISOString())).toEqual([utc(escalation)]);
  });

  it('starts a Standard S1 call after hours at the next opening (C3)', () => {
    const result = resolveSla(pack, {
      plan: 'standard',
      severity: 'S1',
      opened: Date.parse(scenarios.friday),
      centre: 'americas',
      channel: 'phone',
    });
    expect(dueOf(result, 'first_response')).toBe(utc('2026-11-23T09:00:00-05:00'));
    expect(result.milestones.some((m) => m.name === 'escalation')).toBe(false);
  });
});

describe('resolveSla — Ivanti S1 not reported by phone (IVA-29, C3)', () => {
  it.each(['standard', 'enterprise', 'premium', 'enhanced'])('%s S1 via portal is not eligible', (plan) => {
    const result = resolveSla(pack, {
      plan,
      severity: 'S1',
      opened: Date.parse(scenarios.inHours),
      centre: 'americas',
      channel: 'portal',
    });
    const firstResponse = result.milestones.find((m) => m.name === 'first_response');
    expect(firstResponse).toMatchObject({ kind: 'not_eligible', due: null, clause: 'IVA-29' });
  });

  it('still escalates an Enterprise S1 to the support manager after 8 elapsed hours (C4)', () => {
    const result = resolveSla(pack, {
      plan: 'enterprise',
      severity: 'S1',
      opened: Date.parse(scenarios.friday),
      centre: 'americas',
      channel: 'portal',
    });
    expect(dueOf(result, 'escalation')).toBe(utc('2026-11-21T04:00:00-05:00'));
  });

  it('applies the S2 target instead when the pack option says so', () => {
    const edited = {
      ...pack,
      sla: {
        ...pack.sla,
        eligibility: pack.sla.eligibility.map((r) => ({ ...r, otherwise: { use_severity: 'S2' } })),
      },
    };
    const result = resolveSla(edited, {
      plan: 'enterprise',
      severity: 'S1',
      opened: Date.parse(scenarios.inHours),
      centre: 'americas',
    });
    expect(dueOf(result, 'first_response')).toBe(utc('2026-11-24T12:00:00-05:00'));
  });
});

describe('resolveSla — Ivanti regional centres', () => {
  it('uses Singapore hours and holidays for apac (Deepavali 2026-11-09)', () => {
    const result = resolveSla(pack, {
      plan: 'standard',
      severity: 'S3',
      opened: Date.parse('2026-11-09T10:00:00+08:00'),
      centre: 'apac',
    });
    expect(dueOf(result, 'first_response')).toBe(utc('2026-11-10T16:00:00+08:00'));
    expect(result.milestones[0]?.explanation.join('\n')).toContain('PLACEHOLDER');
  });

  it('uses London hours for emea across the BST change', () => {
    const result = resolveSla(pack, {
      plan: 'enterprise',
      severity: 'S4',
      opened: Date.parse('2026-10-23T16:00:00+01:00'),
      centre: 'emea',
    });
    // 2h on Friday (16:00–18:00 BST), 6h on Monday from 08:00 GMT.
    expect(dueOf(result, 'first_response')).toBe(utc('2026-10-26T14:00:00Z'));
  });

  it('notes that follow-the-sun needs a customer 24x7 contact (C5)', () => {
    const opened = Date.parse(scenarios.friday);
    const without = resolveSla(pack, {
      plan: 'premium',
      severity: 'S1',
      opened,
      centre: 'americas',
      channel: 'phone',
    });
    const withContact = resolveSla(pack, {
      plan: 'premium',
      severity: 'S1',
      opened,
      centre: 'americas',
      channel: 'phone',
      hasCustomer24x7Contact: true,
    });
    const note = (r: TSlaResult) =>
      r.milestones.find((m) => m.name === 'resolution')?.explanation.at(-1) ?? '';
    expect(note(without)).toContain('only the initial response is 24x7');
    expect(note(withContact)).toContain('follow-the-sun');
  });
});
