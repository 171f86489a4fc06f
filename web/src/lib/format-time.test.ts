import { describe, expect, it } from 'vitest';
import { describeInstant, formatDuration, formatInstant, toEpochMs } from './format-time.js';

describe('formatInstant', () => {
  it('renders the same instant in each zone, with the zone name', () => {
    const instant = '2026-07-01T12:30:00Z';
    expect(formatInstant(instant, 'UTC')).toBe('Wed 1 Jul 2026, 12:30 UTC');
    expect(formatInstant(instant, 'America/New_York')).toBe('Wed 1 Jul 2026, 08:30 GMT-4');
    expect(formatInstant(instant, 'Europe/London')).toBe('Wed 1 Jul 2026, 13:30 BST');
  });

  it('crosses the date line when the zone does', () => {
    expect(formatInstant('2026-01-15T23:30:00Z', 'Australia/Sydney')).toBe('Fri 16 Jan 2026, 10:30 GMT+11');
  });
});

describe('describeInstant', () => {
  it('shows the viewer zone and puts the support centre zone in the hover title', () => {
    const label = describeInstant('2026-11-24T15:00:00Z', {
      viewer: 'Europe/Berlin',
      centre: 'America/New_York',
      centreLabel: 'US',
    });
    expect(label.text).toBe('Tue 24 Nov 2026, 16:00 CET');
    expect(label.title).toBe('US support centre: Tue 24 Nov 2026, 10:00 GMT-5');
    expect(label.iso).toBe('2026-11-24T15:00:00.000Z');
  });

  it('does not say "support centre" twice when the label already ends with it', () => {
    const label = describeInstant('2026-11-24T15:00:00Z', {
      viewer: 'UTC',
      centre: 'America/New_York',
      centreLabel: 'Americas Support Centre',
    });
    expect(label.title).toBe('Americas Support Centre: Tue 24 Nov 2026, 10:00 GMT-5');
  });

  it('falls back to the ISO instant as title when no centre is known', () => {
    const label = describeInstant(Date.parse('2026-11-24T15:00:00Z'), { viewer: 'UTC' });
    expect(label.title).toBe('2026-11-24T15:00:00.000Z');
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0s'],
    [45_000, '45s'],
    [12 * 60_000 + 5_000, '12m 05s'],
    [3 * 3_600_000 + 7 * 60_000 + 59_000, '3h 07m'],
    [2 * 86_400_000 + 4 * 3_600_000 + 1, '2d 4h'],
    [-90_000, '1m 30s'],
  ])('%i ms → %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});

describe('toEpochMs', () => {
  it('rejects text that is not an instant', () => {
    expect(() => toEpochMs('next tuesday')).toThrow(RangeError);
  });
});
