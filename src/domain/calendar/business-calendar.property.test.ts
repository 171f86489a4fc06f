import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BusinessCalendar } from './business-calendar.js';
import type { TCalendarSpec, TWeekday } from './types.js';

const ZONES = [
  'America/New_York',
  'Europe/London',
  'Asia/Kolkata',
  'Australia/Lord_Howe',
  'America/Santiago',
  'UTC',
];
const DAYS: TWeekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const HOUR = 3_600_000;
const FROM = Date.UTC(2025, 0, 1);
const TO = Date.UTC(2031, 0, 1);

/** Random calendars: a zone, 1–7 open weekdays with 1–3 intervals on a 15-minute grid, maybe holidays. */
const arbitrarySpec: fc.Arbitrary<TCalendarSpec> = fc
  .record({
    timezone: fc.constantFrom(...ZONES),
    days: fc.uniqueArray(fc.constantFrom(...DAYS), { minLength: 1, maxLength: 7 }),
    cuts: fc.uniqueArray(fc.integer({ min: 0, max: 96 }), { minLength: 2, maxLength: 6 }),
    holidays: fc.constantFrom([], ['us-federal'], ['uk-england-wales', '2027-06-01']),
  })
  .map(({ timezone, days, cuts, holidays }) => {
    const sorted = [...cuts].sort((a, b) => a - b);
    const intervals: [string, string][] = [];
    for (let k = 0; k + 1 < sorted.length; k += 2)
      intervals.push([quarter(sorted[k]!), quarter(sorted[k + 1]!)]);
    return { timezone, hours: Object.fromEntries(days.map((d) => [d, intervals])), holidays: [...holidays] };
  });

function quarter(index: number): string {
  const minutes = index * 15;
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

const instant = fc.integer({ min: FROM, max: TO });
const duration = fc.integer({ min: 0, max: 300 * HOUR });
const settings = { numRuns: 300 };

describe('business-time properties', () => {
  it('elapsed(t, add(t, d)) = d and elapsed(subtract(t, d), t) = d', () => {
    fc.assert(
      fc.property(arbitrarySpec, instant, duration, (spec, t, d) => {
        const calendar = BusinessCalendar.fromSpec(spec);
        expect(calendar.elapsed(t, calendar.add(t, d))).toBe(d);
        expect(calendar.elapsed(t, calendar.addEarliest(t, d))).toBe(d);
        expect(calendar.elapsed(calendar.subtract(t, d), t)).toBe(d);
        // Both are the LATEST such instant (biz): never outside hours, so never a close before an opening.
        expect(calendar.isOpen(calendar.add(t, d))).toBe(true);
        if (d > 0) expect(calendar.isOpen(calendar.subtract(t, d))).toBe(true);
      }),
      settings,
    );
  });

  it('add is monotonic in t and in d; addEarliest ≤ add', () => {
    fc.assert(
      fc.property(arbitrarySpec, instant, instant, duration, duration, (spec, a, b, d1, d2) => {
        const calendar = BusinessCalendar.fromSpec(spec);
        const [t1, t2] = a <= b ? [a, b] : [b, a];
        const [small, large] = d1 <= d2 ? [d1, d2] : [d2, d1];
        expect(calendar.add(t1, small)).toBeLessThanOrEqual(calendar.add(t2, small));
        expect(calendar.add(t1, small)).toBeLessThanOrEqual(calendar.add(t1, large));
        expect(calendar.subtract(t1, small)).toBeLessThanOrEqual(calendar.subtract(t2, small));
        expect(calendar.addEarliest(t1, small)).toBeLessThanOrEqual(calendar.add(t1, small));
      }),
      settings,
    );
  });

  it('add and subtract agree: subtract(add(t, d), d) is at or before t with no open time between', () => {
    fc.assert(
      fc.property(arbitrarySpec, instant, duration, (spec, t, d) => {
        const calendar = BusinessCalendar.fromSpec(spec);
        const back = calendar.subtract(calendar.add(t, d), d);
        expect(back).toBeLessThanOrEqual(calendar.nextOpen(t));
        expect(calendar.elapsed(back, t)).toBe(0);
        const forward = calendar.add(calendar.subtract(t, d), d);
        expect(forward).toBeGreaterThanOrEqual(calendar.prevClose(t));
        expect(calendar.elapsed(t, forward)).toBe(0);
      }),
      settings,
    );
  });

  it('isOpen(t) exactly when nextOpen(t) = t; nextOpen and prevClose bracket closed time', () => {
    fc.assert(
      fc.property(arbitrarySpec, instant, (spec, t) => {
        const calendar = BusinessCalendar.fromSpec(spec);
        const open = calendar.nextOpen(t);
        expect(calendar.isOpen(t)).toBe(open === t);
        expect(calendar.isOpen(open)).toBe(true);
        expect(calendar.elapsed(t, open)).toBe(0);
        expect(calendar.elapsed(calendar.prevClose(t), t)).toBe(0);
      }),
      settings,
    );
  });

  it('isOpen and elapsed agree with a naive oracle reading local time from Intl minute by minute', () => {
    const oracleSpec = fc.record({
      timezone: fc.constantFrom('America/New_York', 'Europe/London', 'Asia/Kolkata', 'Australia/Sydney'),
      open: fc.integer({ min: 16, max: 44 }),
      length: fc.integer({ min: 1, max: 40 }),
      days: fc.uniqueArray(fc.constantFrom(...DAYS), { minLength: 1, maxLength: 7 }),
    });
    fc.assert(
      fc.property(oracleSpec, fc.integer({ min: FROM / 60_000, max: TO / 60_000 }), (s, minute) => {
        const open = quarter(s.open);
        const close = quarter(Math.min(s.open + s.length, 88)); // between 04:00 and 22:00: away from DST changes
        const calendar = BusinessCalendar.fromSpec({
          timezone: s.timezone,
          hours: Object.fromEntries(s.days.map((d) => [d, [[open, close]]])),
        });
        const format = new Intl.DateTimeFormat('en-GB', {
          timeZone: s.timezone,
          weekday: 'short',
          hour: '2-digit',
          minute: '2-digit',
          hourCycle: 'h23',
        });
        let openMinutes = 0;
        for (let m = minute; m < minute + 1440; m += 1) {
          const parts = Object.fromEntries(format.formatToParts(m * 60_000).map((p) => [p.type, p.value]));
          const day = parts.weekday!.toLowerCase().slice(0, 3) as TWeekday;
          const clock = `${parts.hour}:${parts.minute}`;
          const expected = s.days.includes(day) && clock >= open && clock < close;
          expect(calendar.isOpen(m * 60_000)).toBe(expected);
          if (expected) openMinutes += 1;
        }
        expect(calendar.elapsed(minute * 60_000, (minute + 1440) * 60_000)).toBe(openMinutes * 60_000);
      }),
      { numRuns: 60 },
    );
  });
});
