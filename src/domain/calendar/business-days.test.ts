import { describe, expect, it } from 'vitest';
import { BusinessCalendar } from './business-calendar.js';
import { parseInstant } from './parse-instant.js';
import type { TCalendarSpec } from './types.js';

const NY = 'America/New_York';
const weekdays = (open: string, close: string): TCalendarSpec['hours'] => ({
  mon: [[open, close]],
  tue: [[open, close]],
  wed: [[open, close]],
  thu: [[open, close]],
  fri: [[open, close]],
});

/** Mon–Fri 09:00–17:00 New York with US federal holidays (2026-03-02 is a Monday; DST starts Sun 03-08). */
const office = BusinessCalendar.fromSpec({
  timezone: NY,
  hours: weekdays('09:00', '17:00'),
  holidays: ['us-federal'],
});
const at = (local: string, calendar = office) => parseInstant(local, calendar.timezone);
const show = (t: number, calendar = office) => calendar.formatLocal(t).slice(0, 19);

/** [from, days, add / subtract (biz: keep the local time, then snap), T5 (snap first, then count), why] */
type TDaysCase = [from: string, days: number, plain: string, t5: string, why: string];

describe('add(t, {days}) keeps the local time then snaps; addBusinessDays (T5) snaps first', () => {
  const cases: TDaysCase[] = [
    ['2026-03-02T10:00', 1, '2026-03-03T10:00:00', '2026-03-03T10:00:00', 'next day, same time'],
    [
      '2026-03-06T10:00',
      1,
      '2026-03-09T10:00:00',
      '2026-03-09T10:00:00',
      'over the DST weekend: same wall time',
    ],
    [
      '2026-03-07T10:13',
      1,
      '2026-03-09T10:13:00',
      '2026-03-10T09:00:00',
      'Saturday: Monday 10:13 / T5 Tuesday 09:00',
    ],
    ['2026-03-08T16:12', 1, '2026-03-09T16:12:00', '2026-03-10T09:00:00', 'Sunday (DST day) afternoon'],
    ['2026-03-02T08:00', 1, '2026-03-03T09:00:00', '2026-03-03T09:00:00', 'before the opening snaps to it'],
    [
      '2026-03-02T18:00',
      1,
      '2026-03-04T09:00:00',
      '2026-03-04T09:00:00',
      'after the close: snapped a day on',
    ],
    ['2026-11-25T10:00', 1, '2026-11-27T10:00:00', '2026-11-27T10:00:00', 'Thanksgiving is not an open day'],
    ['2026-11-26T10:13', 1, '2026-11-27T10:13:00', '2026-11-30T09:00:00', 'from Thanksgiving itself'],
    ['2026-07-03T11:00', 1, '2026-07-06T11:00:00', '2026-07-07T09:00:00', 'from Independence Day (observed)'],
    [
      '2026-12-24T16:00',
      1,
      '2026-12-28T16:00:00',
      '2026-12-28T16:00:00',
      'Christmas Eve open, Christmas closed',
    ],
    ['2026-03-02T10:00', 5, '2026-03-09T10:00:00', '2026-03-09T10:00:00', 'five open days'],
    ['2026-03-07T10:00', 0, '2026-03-09T09:00:00', '2026-03-09T09:00:00', 'zero days is the next opening'],
  ];
  it.each(cases)('add(%s, %i days) = %s, addBusinessDays = %s — %s', (from, days, plain, t5) => {
    expect(show(office.add(at(from), { days }))).toBe(plain);
    expect(show(office.addBusinessDays(at(from), days))).toBe(t5);
  });
});

describe('subtract(t, {days}) keeps the local time then snaps back; subtractBusinessDays snaps first', () => {
  const cases: TDaysCase[] = [
    ['2026-03-10T10:00', 1, '2026-03-09T10:00:00', '2026-03-09T10:00:00', 'previous day, same time'],
    ['2026-03-09T10:00', 1, '2026-03-06T10:00:00', '2026-03-06T10:00:00', 'back over the DST weekend'],
    [
      '2026-03-08T16:12',
      1,
      '2026-03-06T16:12:00',
      '2026-03-05T17:00:00',
      'Sunday: Friday 16:12 / T5 Thursday close',
    ],
    [
      '2026-03-03T08:00',
      1,
      '2026-02-27T17:00:00',
      '2026-02-27T17:00:00',
      'before the opening: previous close',
    ],
    [
      '2026-11-30T10:00',
      1,
      '2026-11-27T10:00:00',
      '2026-11-27T10:00:00',
      'the day after Thanksgiving is open',
    ],
    ['2026-11-27T10:00', 1, '2026-11-25T10:00:00', '2026-11-25T10:00:00', 'back over Thanksgiving'],
    ['2026-03-08T16:12', 0, '2026-03-06T17:00:00', '2026-03-06T17:00:00', 'zero days is the previous close'],
  ];
  it.each(cases)('subtract(%s, %i days) = %s, subtractBusinessDays = %s — %s', (from, days, plain, t5) => {
    expect(show(office.subtract(at(from), { days }))).toBe(plain);
    expect(show(office.subtractBusinessDays(at(from), days))).toBe(t5);
  });
});

describe('day units: snapping into the target day', () => {
  it('snaps a time the target day does not have (reduced hours) forward into hours', () => {
    const reduced = BusinessCalendar.fromSpec({
      timezone: NY,
      hours: weekdays('09:00', '17:00'),
      closures: [{ date: '2026-03-03', to: '13:00' }],
    });
    expect(show(reduced.add(at('2026-03-02T10:00', reduced), { days: 1 }), reduced)).toBe(
      '2026-03-03T13:00:00',
    );
  });
  it('snaps a time in a lunch gap to 13:00 forward and to 12:00 backward', () => {
    const lunch = BusinessCalendar.fromSpec({
      timezone: 'UTC',
      hours: {
        mon: [
          ['09:00', '12:00'],
          ['13:00', '17:00'],
        ],
      },
    });
    expect(show(lunch.add(at('2026-03-02T12:30', lunch), { days: 1 }), lunch)).toBe('2026-03-09T13:00:00');
    expect(show(lunch.subtract(at('2026-03-09T12:30', lunch), { days: 1 }), lunch)).toBe(
      '2026-03-02T12:00:00',
    );
  });
  it('a wall time missing on the target day (DST gap) moves forward by the gap', () => {
    const always = BusinessCalendar.always(NY);
    expect(always.formatLocal(always.add(at('2026-03-07T02:30', always), { days: 1 }))).toBe(
      '2026-03-08T03:30:00-04:00',
    );
    expect(always.formatLocal(always.subtract(at('2026-03-09T02:30', always), { days: 1 }))).toBe(
      '2026-03-08T03:30:00-04:00',
    );
  });
});
