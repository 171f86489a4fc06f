import { describe, expect, it } from 'vitest';
import { AppError } from '../../lib/app-error.js';
import { compileSpec } from './compile-spec.js';

function errorOf(spec: unknown): AppError {
  try {
    compileSpec(spec);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('compileSpec', () => {
  it('compiles a full spec', () => {
    const compiled = compileSpec({
      timezone: 'Europe/London',
      hours: {
        mon: [
          ['13:00', '17:00'],
          ['08:00', '12:00'],
          ['11:00', '13:00'],
        ],
        sun: [['00:00', '24:00']],
      },
      holidays: ['uk-england-wales', '2026-12-24'],
      closures: [{ date: '2026-03-05', from: '12:00' }],
      openings: [{ date: '2026-03-07', hours: [['10:00', '14:00']] }],
    });
    expect(compiled.weekly[0]).toEqual([8 * 3_600_000, 17 * 3_600_000]);
    expect(compiled.weekly[6]).toEqual([0, 24 * 3_600_000]);
    expect(compiled.holidaySets).toEqual(['uk-england-wales']);
    expect([...compiled.explicitHolidays.values()]).toEqual(['Holiday']);
    expect([...compiled.closures.values()][0]).toEqual([
      { day: expect.any(Number), from: 12 * 3_600_000, to: 24 * 3_600_000 },
    ]);
  });
  it('names an unknown zone', () => {
    const error = errorOf({ timezone: 'Mars/Olympus', hours: {} });
    expect(error.code).toBe('calendar.unknown_timezone');
    expect(error.message).toContain('Mars/Olympus');
  });
  it.each([
    [{ hours: {} }, 'timezone: required'],
    [
      { timezone: 'UTC', hours: { mon: [['17:00', '09:00']] } },
      'hours.mon[0]: close 09:00 is not after open 17:00',
    ],
    [{ timezone: 'UTC', hours: { mon: [['09:00', '25:00']] } }, 'hours.mon[0][1]: must be a local time'],
    [
      { timezone: 'UTC', hours: { mon: [['24:00', '24:00']] } },
      'hours.mon[0][0]: an interval cannot open at 24:00',
    ],
    [{ timezone: 'UTC', hours: { monday: [] } }, 'hours.monday: unknown weekday'],
    [{ timezone: 'UTC', hours: {}, holidays: ['us'] }, "holidays[0]: 'us' is neither"],
    [{ timezone: 'UTC', hours: {}, holidays: ['2026-02-30'] }, 'holidays[0]'],
    [
      { timezone: 'UTC', hours: {}, closures: [{ date: '2026-03-05', from: '15:00', to: '12:00' }] },
      'closures[0].to: must be after from',
    ],
    [
      { timezone: 'UTC', hours: {}, openings: [{ date: 'soon', hours: [] }] },
      'openings[0].date: must be a real date',
    ],
    [{ timezone: 'UTC', hours: {}, extra: 1 }, 'extra: unknown field'],
  ])('rejects %j', (spec, message) => {
    const error = errorOf(spec);
    expect(error.code).toBe('calendar.invalid_spec');
    expect(error.message).toContain(message);
    expect(error.details.length).toBeGreaterThan(0);
  });
});
