import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error.js';
import { describePinError } from './phone-intake-pin.js';

const error = (status: number, message = 'server says') => new ApiError({ status, code: 'x', message });

describe('describePinError', () => {
  it('tells the agent what each refusal of a PIN check means', () => {
    expect(describePinError(error(401))).toMatch(/^Wrong PIN/);
    expect(describePinError(error(423, 'locked until 10:15'))).toMatch(/locked .*locked until 10:15$/);
    expect(describePinError(error(429))).toMatch(/too many PIN checks/);
    expect(describePinError(error(404, 'No such account'))).toBe('No such account');
  });
});
