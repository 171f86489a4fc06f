import { describe, expect, it } from 'vitest';
import { buildMonthGrid } from './month-grid.js';

const weekly = {
  timezone: 'America/New_York',
  hours: {
    mon: [['08:00', '20:00']],
    tue: [['08:00', '20:00']],
    wed: [['08:00', '20:00']],
    thu: [['08:00', '20:00']],
    fri: [['08:00', '20:00']],
  },
  holidays: [{ date: '2026-11-26', name: 'Thanksgiving Day' }, '2026-11-27', 'us-federal'],
  closures: [{ date: '2026-11-24', from: '12:00', to: '14:00', reason: 'Staff meeting' }],
  openings: [{ date: '2026-11-28', hours: [['09:00', '13:00']], reason: 'Release weekend' }],
};

describe('buildMonthGrid', () => {
  it('lays November 2026 out Monday-first with weekly hours, holidays, closures and openings', () => {
    const grid = buildMonthGrid('2026-11', weekly);
    expect(grid.timezone).toBe('America/New_York');
    // 1 Nov 2026 is a Sunday: six empty cells before it.
    expect(grid.weeks[0]?.slice(0, 6)).toEqual([null, null, null, null, null, null]);
    const cells = grid.weeks.flat().filter((cell) => cell !== null);
    expect(cells).toHaveLength(30);
    const byDate = new Map(cells.map((cell) => [cell.date, cell]));
    expect(byDate.get('2026-11-02')?.open).toEqual([['08:00', '20:00']]);
    expect(byDate.get('2026-11-01')?.open).toEqual([]);
    expect(byDate.get('2026-11-26')).toMatchObject({ holiday: 'Thanksgiving Day', open: [] });
    expect(byDate.get('2026-11-27')).toMatchObject({ holiday: 'Holiday', open: [] });
    expect(byDate.get('2026-11-24')?.closures).toEqual([
      { from: '12:00', to: '14:00', reason: 'Staff meeting' },
    ]);
    expect(byDate.get('2026-11-28')).toMatchObject({
      open: [['09:00', '13:00']],
      opening: 'Release weekend',
    });
    expect(grid.weeks.every((week) => week.length === 7)).toBe(true);
  });

  it("reads the API's month: open intervals as local instants, cut at midnight, with holidays and closures", () => {
    const grid = buildMonthGrid('2026-12', {
      centre: 'us',
      timezone: 'America/New_York',
      month: '2026-12',
      open: [
        { from: '2026-12-01T08:00:00-05:00', to: '2026-12-01T20:00:00-05:00' },
        { from: '2026-12-04T22:00:00-05:00', to: '2026-12-06T00:00:00-05:00' },
      ],
      holidays: [{ date: '2026-12-25', name: 'Christmas Day' }],
      closures: [{ date: '2026-12-24', from: '13:00', to: '24:00', reason: 'Christmas Eve' }],
    });
    const byDate = new Map(grid.weeks.flat().flatMap((cell) => (cell ? [[cell.date, cell] as const] : [])));
    expect(byDate.get('2026-12-01')?.open).toEqual([['08:00', '20:00']]);
    expect(byDate.get('2026-12-02')?.open).toEqual([]);
    expect(byDate.get('2026-12-04')?.open).toEqual([['22:00', '24:00']]);
    expect(byDate.get('2026-12-05')?.open).toEqual([['00:00', '24:00']]);
    expect(byDate.get('2026-12-06')?.open).toEqual([]);
    expect(byDate.get('2026-12-25')?.holiday).toBe('Christmas Day');
    expect(byDate.get('2026-12-24')?.closures).toEqual([
      { from: '13:00', to: '24:00', reason: 'Christmas Eve' },
    ]);
  });

  it('takes a per-day list when the API gives one', () => {
    const grid = buildMonthGrid('2026-02', {
      calendar: { timezone: 'Europe/London' },
      days: [
        { date: '2026-02-02', open: [{ from: '09:00', to: '17:30' }] },
        { date: '2026-02-03', open: [], holiday: 'Company day', closure: 'Office move' },
      ],
    });
    const cells = grid.weeks.flat().filter((cell) => cell !== null);
    expect(grid.timezone).toBe('Europe/London');
    expect(cells).toHaveLength(28);
    expect(cells[1]?.open).toEqual([['09:00', '17:30']]);
    expect(cells[2]).toMatchObject({ holiday: 'Company day', closures: [{ reason: 'Office move' }] });
  });
});
