import { describe, expect, it } from 'vitest';
import { formatInstant, parseInstant } from './parse-instant.js';

describe('parseInstant', () => {
  it('reads absolute instants', () => {
    expect(parseInstant('2026-03-02T09:00:00Z')).toBe(Date.UTC(2026, 2, 2, 9));
    expect(parseInstant('2026-03-02T09:00:00.250-05:00')).toBe(Date.UTC(2026, 2, 2, 14, 0, 0, 250));
    expect(parseInstant('2026-03-02T09:00+0530')).toBe(Date.UTC(2026, 2, 2, 3, 30));
  });
  it('reads times without an offset as local time in the zone', () => {
    expect(parseInstant('2026-03-02T09:00', 'America/New_York')).toBe(Date.UTC(2026, 2, 2, 14));
    expect(parseInstant('2026-03-02', 'Europe/London')).toBe(Date.UTC(2026, 2, 2));
    expect(parseInstant('2026-03-08T02:30', 'America/New_York')).toBe(Date.UTC(2026, 2, 8, 7, 30)); // gap → 03:30 EDT
    expect(parseInstant('2026-11-01T01:30', 'America/New_York')).toBe(Date.UTC(2026, 10, 1, 5, 30)); // earlier offset
    expect(parseInstant('2026-03-02T24:00', 'UTC')).toBe(Date.UTC(2026, 2, 3));
  });
  it.each(['2026-02-30T10:00Z', '2026-03-02T25:00Z', '2026-03-02T10:60Z', 'yesterday', '', '2026-3-2', 42])(
    'rejects %j with calendar.invalid_time',
    (text) => {
      expect(() => parseInstant(text, 'UTC', 'from')).toThrow(
        expect.objectContaining({ code: 'calendar.invalid_time' }),
      );
    },
  );
  it('formats in UTC with milliseconds', () => {
    expect(formatInstant(Date.UTC(2026, 2, 2, 14))).toBe('2026-03-02T14:00:00.000Z');
  });
});
