import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error.js';
import { describePinError } from './phone-intake-pin.js';

const error = (status: number, message = 'server says', details?: unknown) =>
  new ApiError({ status, code: 'x', message, details });

describe('describePinError', () => {
  it('tells the agent what each refusal of a PIN check means', () => {
    expect(describePinError(error(401))).toMatch(/^Wrong PIN/);
    expect(describePinError(error(401, 'x', [{ field: 'triesLeft', message: '2' }]))).toMatch(
      /^Wrong PIN\. 2 tries left before PIN checks for this account lock\./,
    );
    const locked = error(423, 'x', [{ field: 'lockedUntil', message: '2026-12-02T15:20:00Z' }]);
    const text = describePinError(locked, 'America/New_York');
    expect(text).toBe(
      'PIN checks for this account are locked until Wed 2 Dec 2026, 10:20 GMT-5. Next: ask the caller to call back after that time, or to have their customer admin confirm the PIN; do not open a Premium case without a verified PIN.',
    );
    expect(text.match(/locked/g)).toHaveLength(1);
    expect(describePinError(error(429))).toMatch(/too many PIN checks/);
    expect(describePinError(error(404, 'No such account'))).toBe('No such account');
  });
});
