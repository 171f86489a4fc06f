import { describe, expect, it } from 'vitest';
import { pickSafeNextPath } from './safe-next-path.js';

describe('pickSafeNextPath', () => {
  it.each([
    ['/agent/queue?tab=mine', '/agent/queue?tab=mine'],
    ['/', '/'],
    [null, undefined],
    ['', undefined],
    ['https://evil.example/', undefined],
    ['//evil.example/', undefined],
    ['/\\evil.example/', undefined],
    ['/sign-in?next=/x', undefined],
    ['/sign-in', undefined],
  ])('%s → %s', (next, expected) => {
    expect(pickSafeNextPath(next)).toBe(expected);
  });
});
