import { describe, expect, it } from 'vitest';
import { BusinessCalendar } from '../calendar/index.js';
import type { TCalendarSpec } from '../calendar/types.js';
import { getBuiltInPack } from '../packs/registry.js';
import type { TClock } from '../sla/clock-time.js';
import { dueAlarm, warningInstant } from './breach-warning.js';
import { planTransition, type TCaseStatus } from './case-lifecycle.js';
import { planEscalation } from './escalate-tier.js';
import { decideFollowTheSun } from './follow-the-sun.js';
import { notificationSendAfter } from './notification-hold.js';
import { resumeMilestone } from './pause-accounting.js';
import { checkPhoneIntake } from './phone-intake.js';
import { pinLockedUntil, pinLockoutMs } from './pin-lockout.js';

const imprivata = getBuiltInPack('imprivata-onesign');
const ivanti = getBuiltInPack('ivanti');
const calendarOf = (pack: typeof imprivata, centre: string) => {
  const spec = pack.centres.find((c) => c.id === centre)?.calendar;
  if (!spec) throw new Error(centre);
  return BusinessCalendar.fromSpec(spec as TCalendarSpec);
};
const us = calendarOf(imprivata, 'us'); // Mon–Fri 07:00–19:00 America/New_York
const business: TClock = { kind: 'business', calendar: us };
const elapsed: TClock = { kind: 'elapsed', calendar: us };
const t = (iso: string) => Date.parse(iso);
const hour = 3_600_000;

describe('case lifecycle', () => {
  const cases: [TCaseStatus, TCaseStatus, boolean, Partial<ReturnType<typeof planTransition>> | string][] = [
    ['new', 'in_progress', false, { pause: false, resolve: false }],
    ['in_progress', 'waiting_on_customer', true, { pause: true }],
    ['in_progress', 'waiting_on_customer', false, { pause: false }],
    ['waiting_on_customer', 'in_progress', true, { resume: true }],
    ['waiting_on_customer', 'resolved', true, { resume: true, resolve: true }],
    ['in_progress', 'resolved', false, { resolve: true }],
    ['resolved', 'closed', false, { close: true }],
    ['resolved', 'in_progress', false, { reopen: true }],
    ['closed', 'in_progress', false, 'case.invalid_transition'],
    ['closed', 'resolved', false, 'case.invalid_transition'],
    ['new', 'closed', false, 'case.invalid_transition'],
    ['in_progress', 'new', false, 'case.invalid_transition'],
  ];
  it.each(cases)('%s → %s (pause on waiting: %s)', (from, to, pauseOnWaiting, expected) => {
    if (typeof expected === 'string') {
      expect(() => planTransition(from, to, { pauseOnWaiting })).toThrow(
        expect.objectContaining({ code: expected }),
      );
    } else {
      expect(planTransition(from, to, { pauseOnWaiting })).toMatchObject(expected);
    }
  });
});

describe('pause accounting (business time of the milestone’s calendar)', () => {
  const rows: [string, TClock, string, string, string, { due: string; pausedMs: number }][] = [
    // Due Mon 17:00 ET; paused Mon 15:00 (2 business hours left) → resumed Tue 09:00 → due Tue 11:00.
    [
      'overnight pause',
      business,
      '2026-11-23T22:00:00Z',
      '2026-11-23T20:00:00Z',
      '2026-11-24T14:00:00Z',
      { due: '2026-11-24T16:00:00Z', pausedMs: 6 * hour },
    ],
    // Paused over a weekend: Fri 18:00 → Mon 08:00 ET counts 2 business hours (Fri 1 h + Mon 1 h).
    [
      'weekend pause',
      business,
      '2026-11-27T23:30:00Z',
      '2026-11-27T23:00:00Z',
      '2026-11-30T13:00:00Z',
      { due: '2026-11-30T13:30:00Z', pausedMs: 2 * hour },
    ],
    // Elapsed clock: the pause counts around the clock.
    [
      'elapsed pause',
      elapsed,
      '2026-11-24T12:00:00Z',
      '2026-11-24T10:00:00Z',
      '2026-11-24T11:00:00Z',
      { due: '2026-11-24T13:00:00Z', pausedMs: hour },
    ],
    // Already overdue when paused: due stays, time still counted.
    [
      'overdue',
      elapsed,
      '2026-11-24T09:00:00Z',
      '2026-11-24T10:00:00Z',
      '2026-11-24T11:00:00Z',
      { due: '2026-11-24T09:00:00Z', pausedMs: hour },
    ],
  ];
  it.each(rows)('%s', (_name, clock, due, from, to, expected) => {
    const result = resumeMilestone(clock, { due: t(due), pausedMs: 0 }, t(from), t(to));
    expect({ due: new Date(result.due).toISOString(), pausedMs: result.pausedMs }).toEqual({
      due: new Date(expected.due).toISOString(),
      pausedMs: expected.pausedMs,
    });
  });

  it('accumulates two pauses exactly', () => {
    const first = resumeMilestone(
      business,
      { due: t('2026-11-24T22:00:00Z'), pausedMs: 0 },
      t('2026-11-24T13:00:00Z'),
      t('2026-11-24T14:30:00Z'),
    );
    const second = resumeMilestone(business, first, t('2026-11-24T15:00:00Z'), t('2026-11-24T15:45:00Z'));
    expect(second.pausedMs).toBe(2.25 * hour);
    // 10 business hours from 12:00Z with 2.25 h paused: Tue 17:00 ET + 2.25 h → Wed 07:00+0.25h ET.
    expect(new Date(second.due).toISOString()).toBe('2026-11-25T12:15:00.000Z');
  });
});

describe('breach warnings', () => {
  const rows: [string, TClock, string, string, number, number, string][] = [
    [
      '75% of 4 business hours',
      business,
      '2026-11-24T14:00:00Z',
      '2026-11-24T18:00:00Z',
      0,
      0.75,
      '2026-11-24T17:00:00.000Z',
    ],
    // Target spans the night: 4 business hours from Mon 17:00 ET → due Tue 09:00 ET; 1 h left = Tue 08:00 ET.
    [
      'across the night',
      business,
      '2026-11-23T22:00:00Z',
      '2026-11-24T14:00:00Z',
      0,
      0.75,
      '2026-11-24T13:00:00.000Z',
    ],
    [
      'elapsed 1 hour at 50%',
      elapsed,
      '2026-11-28T03:00:00Z',
      '2026-11-28T04:00:00Z',
      0,
      0.5,
      '2026-11-28T03:30:00.000Z',
    ],
    // 1 h paused inside: target is still 4 h; due moved to 19:00Z; warn when 1 h left.
    [
      'with a pause',
      business,
      '2026-11-24T14:00:00Z',
      '2026-11-24T19:00:00Z',
      hour,
      0.75,
      '2026-11-24T18:00:00.000Z',
    ],
  ];
  it.each(rows)('%s', (_name, clock, start, due, pausedMs, threshold, expected) => {
    expect(
      new Date(warningInstant(clock, { start: t(start), due: t(due), pausedMs, threshold })).toISOString(),
    ).toBe(expected);
  });

  const base = { due: 1000, warnAt: 750, metAt: null, warnedAt: null, breachedAt: null };
  it.each([
    ['before warning', base, 749, null],
    ['warning due', base, 750, 'warning'],
    ['at due is not a breach (T7)', { ...base, warnedAt: 750 }, 1000, null],
    ['after due', { ...base, warnedAt: 750 }, 1001, 'breach'],
    ['breach skips a missed warning', base, 2000, 'breach'],
    ['met milestones never alarm', { ...base, metAt: 900 }, 2000, null],
    ['already breached', { ...base, breachedAt: 1001 }, 2000, null],
    ['no due (next release)', { ...base, due: null }, 2000, null],
  ] as const)('%s', (_name, milestone, now, expected) => {
    expect(dueAlarm(milestone, now)).toBe(expected);
  });
});

describe('tier escalation', () => {
  it('notifies the customer at Tier 2 and the executives at Tier 3 (Imprivata)', () => {
    expect(planEscalation(imprivata, { fromTier: 1, toTier: 2 })).toMatchObject({
      notifyCustomer: true,
      notifyExecutives: false,
      clause: 'IMP-56',
    });
    expect(
      planEscalation(imprivata, {
        fromTier: 2,
        toTier: 3,
        category: 'appliance_service',
        evidence: ['server_logs'],
      }),
    ).toMatchObject({ notifyCustomer: true, notifyExecutives: true, clause: 'IMP-57' });
  });
  it.each([
    [{ fromTier: 2, toTier: 3 }, 'case.tier3_category_required'],
    [
      { fromTier: 2, toTier: 3, category: 'appliance_service', evidence: [] },
      'case.tier3_requirements_missing',
    ],
    [
      { fromTier: 2, toTier: 3, category: 'agent', evidence: ['screen_share'] },
      'case.tier3_requirements_missing',
    ],
    [{ fromTier: 2, toTier: 2 }, 'case.invalid_escalation'],
    [{ fromTier: 3, toTier: 4 }, 'case.invalid_escalation'],
  ] as const)('refuses %j', (input, code) => {
    expect(() => planEscalation(imprivata, input)).toThrow(expect.objectContaining({ code }));
  });
  it('accepts an agent issue with a VM image, and notifies the customer on packs without tiers', () => {
    expect(
      planEscalation(imprivata, { fromTier: 1, toTier: 3, category: 'agent', evidence: ['vm_image'] }).tier,
    ).toBe(3);
    expect(planEscalation(ivanti, { fromTier: 1, toTier: 2 })).toMatchObject({
      notifyCustomer: true,
      tierName: 'Tier 2',
    });
  });
});

describe('follow-the-sun (Ivanti S1, C5)', () => {
  const calendars = new Map(
    ivanti.centres.map((c) => [c.id, BusinessCalendar.fromSpec(c.calendar as TCalendarSpec)]),
  );
  const base = {
    plan: 'enterprise',
    severity: 'S1',
    currentCentre: 'americas',
    hasCustomer24x7Contact: true,
    calendars,
  };
  it.each([
    ['americas open: stay', '2026-11-24T15:00:00Z', base, { kind: 'stay', centre: 'americas' }],
    // 01:00Z Wed = 09:00 Singapore: APAC is open.
    [
      'americas closed, apac open',
      '2026-11-25T01:00:00Z',
      base,
      { kind: 'transfer', from: 'americas', to: 'apac' },
    ],
    // 10:00Z Wed = 18:00 Singapore (APAC just closed, [open, close)), 10:00 London (EMEA open).
    [
      'from apac at its close to emea',
      '2026-11-25T10:00:00Z',
      { ...base, currentCentre: 'apac' },
      { kind: 'transfer', from: 'apac', to: 'emea' },
    ],
    // Saturday: all closed; APAC opens first (Mon 08:00 Singapore = Mon 00:00Z).
    [
      'weekend: the centre that opens first',
      '2026-11-28T12:00:00Z',
      base,
      { kind: 'transfer', from: 'americas', to: 'apac' },
    ],
    [
      'no 24x7 contact',
      '2026-11-25T01:00:00Z',
      { ...base, hasCustomer24x7Contact: false },
      { kind: 'not_applicable' },
    ],
    ['standard plan', '2026-11-25T01:00:00Z', { ...base, plan: 'standard' }, { kind: 'not_applicable' }],
    ['S2', '2026-11-25T01:00:00Z', { ...base, severity: 'S2' }, { kind: 'not_applicable' }],
  ] as const)('%s', (_name, now, input, expected) => {
    expect(decideFollowTheSun(ivanti, { ...input, now: t(now) })).toMatchObject(expected);
  });
});

describe('notification hold to business hours', () => {
  it.each([
    ['in hours: now', '2026-11-24T15:00:00Z', true, '2026-11-24T15:00:00.000Z'],
    ['night: next opening 07:00 ET', '2026-11-25T02:00:00Z', true, '2026-11-25T12:00:00.000Z'],
    ['hold off: now', '2026-11-25T02:00:00Z', false, '2026-11-25T02:00:00.000Z'],
    ['Thanksgiving: Friday 07:00 ET', '2026-11-26T15:00:00Z', true, '2026-11-27T12:00:00.000Z'],
  ] as const)('%s', (_name, now, hold, expected) => {
    expect(new Date(notificationSendAfter(us, t(now), hold)).toISOString()).toBe(expected);
  });
});

describe('phone intake (C1, C8)', () => {
  const night = t('2026-11-25T03:00:00Z');
  const day = t('2026-11-24T15:00:00Z');
  it.each([
    ['Imprivata Premium without PIN', imprivata, 'premium', 'P1', false, day, 'premium_pin_required'],
    [
      'Imprivata Premium P0 after hours without PIN',
      imprivata,
      'premium',
      'P0',
      false,
      night,
      'premium_pin_required',
    ],
    [
      'Imprivata Premium P1 after hours',
      imprivata,
      'premium',
      'P1',
      true,
      night,
      'phone.after_hours_not_accepted',
    ],
    [
      'Imprivata Standard after hours',
      imprivata,
      'standard',
      'P0',
      false,
      night,
      'phone.after_hours_not_accepted',
    ],
    [
      'Ivanti Standard S2 after hours',
      ivanti,
      'standard',
      'S2',
      false,
      night,
      'phone.after_hours_not_accepted',
    ],
  ] as const)('refuses: %s', (_name, pack, plan, severity, pinVerified, now, code) => {
    const calendar = calendarOf(pack, pack === imprivata ? 'us' : 'americas');
    expect(() => checkPhoneIntake(pack, { plan, severity, pinVerified, calendar, now })).toThrow(
      expect.objectContaining({ code }),
    );
  });
  it.each([
    ['Imprivata Premium P0 after hours with PIN', imprivata, 'premium', 'P0', true, night, 'on_call'],
    ['Imprivata Standard in hours', imprivata, 'standard', 'P2', false, day, 'centre'],
    ['Ivanti Enterprise S1 after hours', ivanti, 'enterprise', 'S1', false, night, 'on_call'],
    // C3: S1 only counts when phoned in, so the call is taken; its clock starts at the next opening.
    ['Ivanti Standard S1 after hours', ivanti, 'standard', 'S1', false, night, 'centre'],
  ] as const)('routes: %s', (_name, pack, plan, severity, pinVerified, now, queue) => {
    const calendar = calendarOf(pack, pack === imprivata ? 'us' : 'americas');
    expect(checkPhoneIntake(pack, { plan, severity, pinVerified, calendar, now }).queue).toBe(queue);
  });
});

describe('PIN lockout', () => {
  const fail = (at: number) => ({ at, succeeded: false });
  it.each([
    ['4 failures', [fail(1), fail(2), fail(3), fail(4)], 10, null],
    ['5 failures', [fail(1), fail(2), fail(3), fail(4), fail(5)], 10, 5 + pinLockoutMs],
    ['a success resets', [fail(1), fail(2), fail(3), { at: 4, succeeded: true }, fail(5), fail(6)], 10, null],
    ['old failures expire', [fail(1), fail(2), fail(3), fail(4), fail(5)], 6 + pinLockoutMs, null],
  ] as const)('%s', (_name, attempts, now, expected) => {
    expect(pinLockedUntil(attempts, now)).toBe(expected);
  });
});
