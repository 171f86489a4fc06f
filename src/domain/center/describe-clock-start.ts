import { toLocalParts } from '../sla/local-time.js';
import type { TPhoneNumber } from './choose-phone-numbers.js';

export type TClockStartInput = {
  /** When the case was opened (epoch ms). */
  opened: number;
  /** The milestone's stored timing: when its clock starts and whether it runs in business hours. */
  timing: { start: number; clock: 'business' | 'elapsed' } | null;
  /** The serving centre's zone and name. */
  timezone: string;
  centreName: string;
  /** The centre's numbers (IMP-48); empty when the policy gives none. */
  numbers: readonly TPhoneNumber[];
  /** Whether the plan takes emergencies by phone outside business hours (IMP-40, IVA-30). */
  emergencyByPhone: boolean;
};

/**
 * The notice beside the countdown of a case opened outside the centre's hours (issue 18): when its
 * clock starts (the centre's next opening, in the centre's local time) and the
 * number to phone for an emergency. Null when the clock started at the opening.
 */
export function describeClockStart(input: TClockStartInput): string | null {
  const { timing } = input;
  if (timing === null || timing.start <= input.opened) return null;
  const local = toLocalParts(timing.start, input.timezone);
  const starts = `The clock starts at ${local.time} ${input.timezone} on ${local.weekday} ${local.date} (next opening of the ${input.centreName})`;
  if (!input.emergencyByPhone) return `${starts}.`;
  const numbers = input.numbers.map((row) => `${row.number} (${row.location})`);
  return numbers.length > 0
    ? `${starts}; for an emergency, phone ${numbers.join(' or ')}.`
    : `${starts}; for an emergency, phone the support centre.`;
}
