import { describe, expect, it } from 'vitest';
import { describeClockStart } from './describe-clock-start.js';

// Saturday 2026-03-07 10:00 in New York; the US centre opens Monday 07:00 EDT.
const saturday = Date.parse('2026-03-07T15:00:00Z');
const monday = Date.parse('2026-03-09T11:00:00Z'); // 07:00 EDT (DST began on the 8th)
const base = {
  opened: saturday,
  timezone: 'America/New_York',
  centreName: 'US Support Center',
  numbers: [{ location: 'United States', number: '+1 800 555 0100', centre: 'us' }],
};

describe('describeClockStart', () => {
  it('names the next opening in the centre’s local time and the emergency number', () => {
    expect(
      describeClockStart({ ...base, timing: { start: monday, clock: 'elapsed' }, emergencyByPhone: true }),
    ).toBe(
      'The clock starts at 07:00 America/New_York on Mon 2026-03-09 (next opening of the US Support Center); ' +
        'for an emergency, phone +1 800 555 0100 (United States).',
    );
  });

  it('does not offer the phone when the plan takes no emergencies by phone', () => {
    expect(
      describeClockStart({ ...base, timing: { start: monday, clock: 'business' }, emergencyByPhone: false }),
    ).toBe(
      'The clock starts at 07:00 America/New_York on Mon 2026-03-09 (next opening of the US Support Center).',
    );
  });

  it('says nothing when the clock started at the opening', () => {
    expect(
      describeClockStart({ ...base, timing: { start: saturday, clock: 'elapsed' }, emergencyByPhone: true }),
    ).toBeNull();
    expect(describeClockStart({ ...base, timing: null, emergencyByPhone: true })).toBeNull();
  });
});
