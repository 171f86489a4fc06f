import { describe, expect, it } from 'vitest';
import { BusinessCalendar } from './business-calendar.js';
import { parseInstant } from './parse-instant.js';

const HOUR = 3_600_000;
const utc = (iso: string) => Date.parse(iso);

describe('DST in America/New_York (2026-03-08 spring forward, 2026-11-01 fall back)', () => {
  const ny = 'America/New_York';
  const always = BusinessCalendar.always(ny);
  it('a 24x7 day is 23 h / 25 h long; one business day keeps the wall-clock time', () => {
    expect(always.elapsed(parseInstant('2026-03-08', ny), parseInstant('2026-03-09', ny))).toBe(23 * HOUR);
    expect(always.elapsed(parseInstant('2026-11-01', ny), parseInstant('2026-11-02', ny))).toBe(25 * HOUR);
    expect(always.formatLocal(always.add(parseInstant('2026-03-07T12:00', ny), { days: 1 }))).toBe(
      '2026-03-08T12:00:00-04:00',
    );
    expect(always.formatLocal(always.add(parseInstant('2026-03-07T12:00', ny), { hours: 24 }))).toBe(
      '2026-03-08T13:00:00-04:00',
    );
  });
  it('hours spanning the change count real elapsed time', () => {
    const sunday = BusinessCalendar.fromSpec({ timezone: ny, hours: { sun: [['01:00', '05:00']] } });
    expect(sunday.elapsed(utc('2026-03-08T00:00Z'), utc('2026-03-09T00:00Z'))).toBe(3 * HOUR);
    expect(sunday.elapsed(utc('2026-11-01T00:00Z'), utc('2026-11-02T00:00Z'))).toBe(5 * HOUR);
    expect(sunday.elapsed(utc('2026-03-15T00:00Z'), utc('2026-03-16T00:00Z'))).toBe(4 * HOUR);
    expect(sunday.add(utc('2026-03-08T06:00Z'), { hours: 1 })).toBe(utc('2026-03-08T07:00Z')); // 03:00 EDT
  });
  it('hours wholly inside the gap have no open time that day', () => {
    const gap = BusinessCalendar.fromSpec({ timezone: ny, hours: { sun: [['02:00', '03:00']] } });
    expect(gap.elapsed(utc('2026-03-08T00:00Z'), utc('2026-03-09T00:00Z'))).toBe(0);
    expect(gap.elapsed(utc('2026-03-15T00:00Z'), utc('2026-03-16T00:00Z'))).toBe(HOUR);
  });
  it('a non-existent opening time moves forward; an ambiguous closing time takes the earlier offset', () => {
    const early = BusinessCalendar.fromSpec({ timezone: ny, hours: { sun: [['02:30', '06:00']] } });
    expect(early.nextOpen(utc('2026-03-08T00:00Z'))).toBe(utc('2026-03-08T07:30Z')); // 03:30 EDT
    const late = BusinessCalendar.fromSpec({ timezone: ny, hours: { sun: [['00:00', '01:30']] } });
    expect(late.prevClose(utc('2026-11-01T12:00Z'))).toBe(utc('2026-11-01T05:30Z')); // 01:30 EDT
  });
  it('a weekday office keeps its local hours on both sides of the change', () => {
    const office = BusinessCalendar.fromSpec({
      timezone: ny,
      hours: { mon: [['09:00', '17:00']], fri: [['09:00', '17:00']] },
    });
    expect(office.elapsed(utc('2026-03-06T14:00Z'), utc('2026-03-09T13:00Z'))).toBe(8 * HOUR);
    expect(office.add(utc('2026-03-06T21:00Z'), { hours: 1 })).toBe(utc('2026-03-09T13:00Z')); // 09:00 EDT
    expect(office.add(utc('2026-03-06T21:00Z'), { hours: 2 })).toBe(utc('2026-03-09T14:00Z'));
  });
});

describe('other zones', () => {
  it('Europe/London across BST (2026-03-29)', () => {
    const london = BusinessCalendar.fromSpec({
      timezone: 'Europe/London',
      hours: { fri: [['08:00', '18:00']], mon: [['08:00', '18:00']] },
      holidays: ['uk-england-wales'],
    });
    expect(london.add(utc('2026-03-27T17:00Z'), { hours: 2 })).toBe(utc('2026-03-30T08:00Z')); // 09:00 BST
    expect(london.add(utc('2026-04-02T12:00Z'), { hours: 1 })).toBe(utc('2026-04-10T08:00Z')); // Good Friday, Easter Monday
  });
  it('half-hour and 45-minute offsets', () => {
    const kolkata = BusinessCalendar.fromSpec({
      timezone: 'Asia/Kolkata',
      hours: { mon: [['09:00', '17:00']] },
    });
    expect(kolkata.nextOpen(utc('2026-03-02T00:00Z'))).toBe(utc('2026-03-02T03:30Z'));
    const kathmandu = BusinessCalendar.fromSpec({
      timezone: 'Asia/Kathmandu',
      hours: { mon: [['09:00', '17:00']] },
    });
    expect(kathmandu.nextOpen(utc('2026-03-02T00:00Z'))).toBe(utc('2026-03-02T03:15Z'));
    expect(kathmandu.add(utc('2026-03-02T03:15Z'), { hours: 8 })).toBe(utc('2026-03-09T03:15Z'));
  });
  it('Australia/Lord_Howe shifts by 30 minutes', () => {
    const always = BusinessCalendar.always('Australia/Lord_Howe');
    const day = (date: string) => parseInstant(date, 'Australia/Lord_Howe');
    expect(always.elapsed(day('2026-04-05'), day('2026-04-06'))).toBe(24.5 * HOUR);
    expect(always.elapsed(day('2026-10-04'), day('2026-10-05'))).toBe(23.5 * HOUR);
  });
  it('America/Santiago changes at midnight: a 00:00 opening on that day moves to 01:00', () => {
    const zone = 'America/Santiago';
    const sunday = BusinessCalendar.fromSpec({ timezone: zone, hours: { sun: [['00:00', '12:00']] } });
    const start = parseInstant('2026-09-06T00:00', zone);
    expect(sunday.formatLocal(start)).toBe('2026-09-06T01:00:00-03:00');
    expect(sunday.elapsed(start - 12 * HOUR, start + 24 * HOUR)).toBe(11 * HOUR);
  });
  it('Singapore public holidays close the apac placeholder centre', () => {
    const apac = BusinessCalendar.fromSpec({
      timezone: 'Asia/Singapore',
      hours: { mon: [['08:00', '18:00']], tue: [['08:00', '18:00']], wed: [['08:00', '18:00']] },
      holidays: ['sg'],
    });
    expect(apac.isOpen(parseInstant('2026-02-17T10:00', 'Asia/Singapore'))).toBe(false); // Chinese New Year
    expect(apac.isOpen(parseInstant('2026-08-10T10:00', 'Asia/Singapore'))).toBe(false); // National Day in lieu
    expect(apac.isOpen(parseInstant('2026-08-11T10:00', 'Asia/Singapore'))).toBe(true);
  });
});
