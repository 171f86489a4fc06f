import { describe, expect, it } from 'vitest';
import { BusinessCalendar } from '../calendar/index.js';
import type { TCalendarSpec } from '../calendar/types.js';
import { getBuiltInPack } from '../packs/registry.js';
import { checkPhoneIntake } from './phone-intake.js';

const imprivata = getBuiltInPack('imprivata-onesign');
const spec = imprivata.centres.find((centre) => centre.id === 'us')?.calendar as TCalendarSpec;
const calendar = BusinessCalendar.fromSpec(spec);
const night = Date.parse('2026-11-25T03:00:00Z'); // Tuesday 22:00 in New York

function refusal(plan: string, severity: string): string {
  try {
    checkPhoneIntake(imprivata, { plan, severity, pinVerified: true, calendar, now: night });
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the call was taken');
}

describe('after-hours refusal wording (C1, issue 18)', () => {
  it('tells a Premium caller with a P2 that a P0 emergency would be taken now', () => {
    expect(refusal('premium', 'P2')).toBe(
      'The phone line takes this P2 call only in business hours; please submit it through the portal (C1). ' +
        'Outside business hours this plan takes P0 (Emergency) calls now: if this is one, say so and it will be taken.',
    );
  });

  it('a Standard caller (no after-hours emergencies on the plan) is only pointed to the portal', () => {
    expect(refusal('standard', 'P2')).toBe(
      'The phone line takes this P2 call only in business hours; please submit it through the portal (C1).',
    );
  });
});
