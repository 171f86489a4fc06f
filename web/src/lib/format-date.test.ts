import { describe, expect, it } from 'vitest';
import { formatLocalDate } from './format-date.js';

describe('formatLocalDate', () => {
  it('formats a calendar date without shifting it by any zone', () => {
    expect(formatLocalDate('2026-11-24')).toBe('24 Nov 2026');
    expect(formatLocalDate('2027-01-01T00:00:00Z')).toBe('1 Jan 2027');
    expect(formatLocalDate('soon')).toBe('soon');
  });
});
