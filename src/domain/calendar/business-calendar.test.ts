import { describe, expect, it } from 'vitest';
import { BusinessCalendar } from './business-calendar.js';
import { parseInstant } from './parse-instant.js';
import type { TCalendarSpec, TDuration } from './types.js';

const NY = 'America/New_York';
const weekdays = (open: string, close: string): TCalendarSpec['hours'] => ({
  mon: [[open, close]],
  tue: [[open, close]],
  wed: [[open, close]],
  thu: [[open, close]],
  fri: [[open, close]],
});

/** Mon–Fri 09:00–17:00 New York with US federal holidays (2026-03-02 is a Monday). */
const office = BusinessCalendar.fromSpec({
  timezone: NY,
  hours: weekdays('09:00', '17:00'),
  holidays: ['us-federal'],
});
const at = (local: string, calendar = office) => parseInstant(local, calendar.timezone);
const show = (t: number, calendar = office) => calendar.formatLocal(t).slice(0, 19);

type TCase = [from: string, duration: TDuration, expected: string, why: string];

describe('add (latest instant: running out at a close gives the next opening)', () => {
  const cases: TCase[] = [
    ['2026-03-02T10:00', { hours: 2 }, '2026-03-02T12:00:00', 'inside one day'],
    ['2026-03-02T15:00', { hours: 2 }, '2026-03-03T09:00:00', 'runs out exactly at the close'],
    ['2026-03-02T16:00', { hours: 2 }, '2026-03-03T10:00:00', 'carries over the night'],
    ['2026-03-02T17:00', { hours: 0 }, '2026-03-03T09:00:00', 'a close counts as outside'],
    ['2026-03-02T09:00', { hours: 0 }, '2026-03-02T09:00:00', 'an opening counts as inside'],
    ['2026-03-02T12:34', { minutes: 0 }, '2026-03-02T12:34:00', 'zero inside hours is t'],
    ['2026-03-07T12:00', { hours: 1 }, '2026-03-09T10:00:00', 'from a Saturday'],
    ['2026-03-06T16:00', { hours: 1 }, '2026-03-09T09:00:00', 'Friday close → Monday opening'],
    ['2026-03-02T16:59', { hours: 1, minutes: 30, seconds: 30 }, '2026-03-03T10:29:30', 'units are summed'],
    ['2026-03-02T10:00', { milliseconds: 1 }, '2026-03-02T10:00:00', 'milliseconds'],
    ['2026-11-25T16:00', { hours: 2 }, '2026-11-27T10:00:00', 'Thanksgiving closed, the day after open'],
    ['2026-12-24T16:00', { hours: 1 }, '2026-12-28T09:00:00', 'Christmas Eve open, Christmas closed'],
    ['2026-07-02T16:00', { hours: 2 }, '2026-07-06T10:00:00', 'Independence Day observed Friday 07-03'],
    ['2026-03-02T09:00', { hours: 40 }, '2026-03-09T09:00:00', 'a full week'],
  ];
  it.each(cases)('add(%s, %j) = %s — %s', (from, duration, expected) => {
    expect(show(office.add(at(from), duration))).toBe(expected);
  });
});

describe('addEarliest (POLICY-READINGS T4)', () => {
  const us = BusinessCalendar.fromSpec({
    timezone: NY,
    hours: weekdays('07:00', '19:00'),
    holidays: ['us-federal'],
  });
  it('Mon 17:00 + 2 business hours is Mon 19:00, not Tue 07:00', () => {
    expect(show(us.addEarliest(at('2026-03-02T17:00', us), { hours: 2 }), us)).toBe('2026-03-02T19:00:00');
    expect(show(us.add(at('2026-03-02T17:00', us), { hours: 2 }), us)).toBe('2026-03-03T07:00:00');
  });
  it('agrees with add when the time does not run out at a close', () => {
    expect(show(us.addEarliest(at('2026-03-02T18:00', us), { hours: 2 }), us)).toBe('2026-03-03T08:00:00');
  });
  it('starts outside hours at the next opening; zero gives the next opening', () => {
    expect(show(us.addEarliest(at('2026-03-07T10:00', us), { hours: 12 }), us)).toBe('2026-03-09T19:00:00');
    expect(show(us.addEarliest(at('2026-03-07T10:00', us), { hours: 0 }), us)).toBe('2026-03-09T07:00:00');
  });
});

describe('subtract (latest instant, as biz: running out exactly at an opening gives that opening)', () => {
  const cases: TCase[] = [
    ['2026-03-03T10:00', { hours: 2 }, '2026-03-02T16:00:00', 'back over the night'],
    ['2026-03-03T11:00', { hours: 2 }, '2026-03-03T09:00:00', 'runs out exactly at an opening: 09:00'],
    ['2026-03-09T10:00', { hours: 1 }, '2026-03-09T09:00:00', 'an opening after a weekend'],
    ['2026-03-09T10:00', { hours: 9 }, '2026-03-06T09:00:00', 'over the DST weekend, to Friday 09:00 EST'],
    ['2026-03-09T10:00', { hours: 2 }, '2026-03-06T16:00:00', 'over the DST weekend, into Friday'],
    ['2026-03-09T10:00', { milliseconds: 3_600_001 }, '2026-03-06T16:59:59', '1 ms past the opening'],
    ['2026-03-02T09:00', { hours: 0 }, '2026-03-02T09:00:00', 'zero at an opening (within hours) is t'],
    ['2026-03-02T17:00', { hours: 0 }, '2026-03-02T17:00:00', 'zero at a close is that close'],
    ['2026-03-07T12:00', { hours: 0 }, '2026-03-06T17:00:00', 'zero outside hours is the previous close'],
    ['2026-03-07T12:00', { hours: 8 }, '2026-03-06T09:00:00', 'from a Saturday, a whole day back'],
    ['2026-11-27T10:00', { hours: 2 }, '2026-11-25T16:00:00', 'over Thanksgiving'],
    ['2026-11-27T10:00', { hours: 9 }, '2026-11-25T09:00:00', 'over Thanksgiving, exactly to an opening'],
    ['2026-11-27T11:00', { hours: 2 }, '2026-11-27T09:00:00', 'the day after Thanksgiving opens at 09:00'],
  ];
  it.each(cases)('subtract(%s, %j) = %s — %s', (from, duration, expected) => {
    expect(show(office.subtract(at(from), duration))).toBe(expected);
  });
});

describe('elapsed, isOpen, nextOpen, prevClose', () => {
  it('counts open time only, in ms', () => {
    expect(office.elapsed(at('2026-03-06T16:00'), at('2026-03-09T10:00'))).toBe(2 * 3_600_000);
    expect(office.elapsed(at('2026-11-25T09:00'), at('2026-11-28T09:00'))).toBe(16 * 3_600_000);
  });
  it('is 0 when b is before a', () => {
    expect(office.elapsed(at('2026-03-09T10:00'), at('2026-03-06T16:00'))).toBe(0);
  });
  it('treats hours as [open, close)', () => {
    expect(office.isOpen(at('2026-03-02T09:00'))).toBe(true);
    expect(office.isOpen(at('2026-03-02T17:00') - 1)).toBe(true);
    expect(office.isOpen(at('2026-03-02T17:00'))).toBe(false);
    expect(office.isOpen(at('2026-11-26T12:00'))).toBe(false);
    expect(office.isOpen(at('2026-11-27T12:00'))).toBe(true);
  });
  it('finds the next opening and the previous close', () => {
    expect(show(office.nextOpen(at('2026-03-08T12:00')))).toBe('2026-03-09T09:00:00');
    expect(show(office.nextOpen(at('2026-03-09T11:00')))).toBe('2026-03-09T11:00:00');
    expect(show(office.prevClose(at('2026-03-08T12:00')))).toBe('2026-03-06T17:00:00');
    expect(show(office.prevClose(at('2026-03-09T11:00')))).toBe('2026-03-09T11:00:00');
  });
});

describe('several intervals a day, 24:00 and midnight-spanning hours', () => {
  const lunch = BusinessCalendar.fromSpec({
    timezone: 'UTC',
    hours: {
      mon: [
        ['13:00', '17:00'],
        ['09:00', '12:00'],
      ],
    },
  });
  it('skips the lunch break (intervals may be given in any order)', () => {
    expect(show(lunch.add(at('2026-03-02T11:00', lunch), { hours: 2 }), lunch)).toBe('2026-03-02T14:00:00');
    expect(show(lunch.add(at('2026-03-02T11:00', lunch), { hours: 1 }), lunch)).toBe('2026-03-02T13:00:00');
    expect(show(lunch.addEarliest(at('2026-03-02T11:00', lunch), { hours: 1 }), lunch)).toBe(
      '2026-03-02T12:00:00',
    );
    expect(lunch.elapsed(at('2026-03-02T00:00', lunch), at('2026-03-03T00:00', lunch))).toBe(7 * 3_600_000);
  });
  it('subtract that runs out at the end of the lunch break returns 13:00, not 12:00', () => {
    expect(show(lunch.subtract(at('2026-03-02T14:00', lunch), { hours: 1 }), lunch)).toBe(
      '2026-03-02T13:00:00',
    );
    expect(show(lunch.subtract(at('2026-03-02T14:00', lunch), { hours: 2 }), lunch)).toBe(
      '2026-03-02T11:00:00',
    );
  });
  const night = BusinessCalendar.fromSpec({
    timezone: 'UTC',
    hours: { fri: [['22:00', '24:00']], sat: [['00:00', '06:00']] },
  });
  it('joins 22:00–24:00 and 00:00–06:00 into one overnight shift', () => {
    expect(show(night.add(at('2026-03-06T23:00', night), { hours: 2 }), night)).toBe('2026-03-07T01:00:00');
    expect(night.isOpen(at('2026-03-07T00:00', night))).toBe(true);
    expect(night.elapsed(at('2026-03-06T21:00', night), at('2026-03-07T07:00', night))).toBe(8 * 3_600_000);
    expect(show(night.add(at('2026-03-07T05:00', night), { hours: 1 }), night)).toBe('2026-03-13T22:00:00');
  });
});

describe('holidays, closures and extra openings', () => {
  const spec: TCalendarSpec = {
    timezone: NY,
    hours: weekdays('07:00', '19:00'),
    holidays: ['2026-03-04', 'us-federal'],
    closures: [
      { date: '2026-03-05', from: '12:00', to: '15:00', reason: 'Training' },
      { date: '2026-03-10', reason: 'Company event' },
    ],
    openings: [
      { date: '2026-03-07', hours: [['10:00', '14:00']], reason: 'Migration weekend' },
      { date: '2026-03-04', hours: [['09:00', '10:00']] },
    ],
  };
  const centre = BusinessCalendar.fromSpec(spec);
  const c = (local: string) => at(local, centre);
  it('an explicit holiday closes the day, but an extra opening on it opens its hours', () => {
    expect(centre.isOpen(c('2026-03-04T08:00'))).toBe(false);
    expect(centre.isOpen(c('2026-03-04T09:30'))).toBe(true);
    expect(show(centre.add(c('2026-03-03T18:00'), { hours: 1.5 }), centre)).toBe('2026-03-04T09:30:00');
    // 2h runs out exactly at the 10:00 close of the extra opening → the next opening
    expect(show(centre.add(c('2026-03-03T18:00'), { hours: 2 }), centre)).toBe('2026-03-05T07:00:00');
  });
  it('a partial closure removes its hours only', () => {
    expect(show(centre.add(c('2026-03-05T11:00'), { hours: 2 }), centre)).toBe('2026-03-05T16:00:00');
    expect(centre.elapsed(c('2026-03-05T00:00'), c('2026-03-06T00:00'))).toBe(9 * 3_600_000);
  });
  it('a whole-day closure closes the day', () => {
    expect(show(centre.nextOpen(c('2026-03-10T08:00')), centre)).toBe('2026-03-11T07:00:00');
  });
  it('an extra opening opens a Saturday', () => {
    expect(show(centre.add(c('2026-03-06T18:00'), { hours: 2 }), centre)).toBe('2026-03-07T11:00:00');
  });
  it('explains which holidays and closures lie in a range', () => {
    expect(centre.holidaysBetween(c('2026-03-01'), c('2026-03-31'))).toEqual([
      { date: '2026-03-04', name: 'Holiday' },
    ]);
    expect(centre.holidaysBetween(c('2026-11-01'), c('2026-12-01'))).toEqual([
      { date: '2026-11-11', name: 'Veterans Day' },
      { date: '2026-11-26', name: 'Thanksgiving Day' },
    ]);
    expect(centre.closuresBetween(c('2026-03-05T14:00'), c('2026-03-11'))).toEqual([
      {
        date: '2026-03-05',
        from: '12:00',
        to: '15:00',
        reason: 'Training',
        start: c('2026-03-05T12:00'),
        end: c('2026-03-05T15:00'),
      },
      {
        date: '2026-03-10',
        from: '00:00',
        to: '24:00',
        reason: 'Company event',
        start: c('2026-03-10'),
        end: c('2026-03-11'),
      },
    ]);
    expect(centre.closuresBetween(c('2026-03-05T15:00'), c('2026-03-10'))).toEqual([]);
  });
});

describe('24x7 calendars (T6)', () => {
  const always = BusinessCalendar.always('UTC');
  it('adds wall time', () => {
    const t = Date.UTC(2026, 2, 7, 12, 34);
    expect(always.add(t, { hours: 5 })).toBe(t + 5 * 3_600_000);
    expect(always.add(t, { days: 1 })).toBe(t + 86_400_000);
    expect(always.elapsed(t, t + 1_000_000_000)).toBe(1_000_000_000);
    expect(always.isOpen(t)).toBe(true);
    expect(always.subtract(t, { hours: 30 })).toBe(t - 30 * 3_600_000);
  });
  it('extends over many years lazily, both ways', () => {
    const t = Date.UTC(2026, 0, 1);
    expect(always.add(t, { hours: 24 * 3650 })).toBe(t + 3650 * 86_400_000);
    expect(always.subtract(t, { hours: 24 * 3650 })).toBe(t - 3650 * 86_400_000);
  });
});

describe('errors', () => {
  it('rejects negative and malformed durations', () => {
    expect(() => office.add(0, { hours: -1 })).toThrow(
      expect.objectContaining({ code: 'calendar.invalid_duration' }),
    );
    expect(() => office.add(0, { days: 1.5 })).toThrow(
      expect.objectContaining({ code: 'calendar.invalid_duration' }),
    );
    expect(() => office.add(0, { weeks: 1 } as never)).toThrow(
      expect.objectContaining({ code: 'calendar.invalid_duration', message: 'duration.weeks: unknown unit' }),
    );
  });
  it('rejects instants that are not finite numbers or out of range', () => {
    expect(() => office.isOpen(Number.NaN)).toThrow(
      expect.objectContaining({ code: 'calendar.invalid_instant' }),
    );
    expect(() => office.isOpen(Date.UTC(2500, 0, 1))).toThrow(
      expect.objectContaining({ code: 'calendar.out_of_range' }),
    );
  });
  it('reports a calendar that is never open again', () => {
    const once = BusinessCalendar.fromSpec({
      timezone: 'UTC',
      hours: {},
      openings: [{ date: '2026-03-07', hours: [['10:00', '11:00']] }],
    });
    expect(once.elapsed(Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1))).toBe(3_600_000);
    expect(() => once.add(Date.UTC(2026, 5, 1), { hours: 1 })).toThrow(
      expect.objectContaining({ code: 'calendar.out_of_range' }),
    );
  });
});
