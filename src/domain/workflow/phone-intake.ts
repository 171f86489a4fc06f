import { AppError } from '../../lib/app-error.js';
import type { BusinessCalendar } from '../calendar/index.js';
import type { TPolicy } from '../packs/schema.js';

export type TPhoneIntakeDecision = {
  /** `on_call`: an after-hours emergency routed to the on-call engineer (IMP-40). */
  queue: 'centre' | 'on_call';
  afterHours: boolean;
  pinVerified: boolean;
  notes: string[];
};

/**
 * Checks a phone call against the plan (C1, C8): a plan that requires the Premium Support PIN
 * refuses calls without a verified PIN (`premium_pin_required`); outside the centre's hours only
 * the plan's after-hours severities are taken (routed on call), as are severities that only count
 * when phoned in (C3: Ivanti S1, clock from the next opening); others are told to use the portal.
 */
export function checkPhoneIntake(
  policy: TPolicy,
  input: { plan: string; severity: string; pinVerified: boolean; calendar: BusinessCalendar; now: number },
): TPhoneIntakeDecision {
  const plan = policy.plans.find((candidate) => candidate.id === input.plan);
  if (!plan) throw new AppError('case.unknown_plan', `Unknown plan ${input.plan}`);
  if (plan.pin_required && !input.pinVerified) {
    throw new AppError(
      'premium_pin_required',
      `Plan ${plan.name} requires a valid Premium Support PIN on every call (C8)`,
      [{ field: 'pin', message: 'verify the caller’s Premium Support PIN first' }],
    );
  }
  const afterHours = !input.calendar.isOpen(input.now);
  const notes: string[] = [];
  if (!afterHours) return { queue: 'centre', afterHours, pinVerified: input.pinVerified, notes };
  const rule = plan.after_hours_phone;
  if (rule?.severities.includes(input.severity)) {
    if (rule.pin_required && !input.pinVerified) {
      throw new AppError(
        'premium_pin_required',
        'After-hours emergency calls need a valid Premium Support PIN (C8)',
        [{ field: 'pin', message: 'verify the caller’s Premium Support PIN first' }],
      );
    }
    notes.push(`After-hours ${input.severity} call routed to the on-call engineer (${rule.source.clause}).`);
    return { queue: 'on_call', afterHours, pinVerified: input.pinVerified, notes };
  }
  const clockOverride = policy.sla.clock_overrides.some(
    (override) =>
      override.plans.includes(plan.id) &&
      override.severities.includes(input.severity) &&
      override.channels.includes('phone'),
  );
  if (clockOverride) {
    notes.push(`After-hours ${input.severity} call on a 24x7 phone plan (follow-the-sun routing).`);
    return { queue: 'on_call', afterHours, pinVerified: input.pinVerified, notes };
  }
  // C3: a severity the pack only honours when phoned in (Ivanti S1) is taken after hours too; its
  // clock starts at the next opening (resolveSla), so telling the caller to use the portal would
  // cost them the target.
  const phoneOnly = policy.sla.eligibility.find(
    (rule) => rule.severities.includes(input.severity) && rule.require_channels.includes('phone'),
  );
  if (phoneOnly) {
    notes.push(
      `After-hours ${input.severity} call taken: ${phoneOnly.source.clause} requires ${input.severity} by phone; the clock starts at the next opening (C3).`,
    );
    return { queue: 'centre', afterHours, pinVerified: input.pinVerified, notes };
  }
  const emergencies = (rule?.severities ?? []).map((id) => {
    const name = policy.severities.find((severity) => severity.id === id)?.name;
    return name ? `${id} (${name})` : id;
  });
  // A caller whose plan does take some emergencies after hours is told so (issue 18), not just refused.
  const taken =
    emergencies.length > 0
      ? ` Outside business hours this plan takes ${emergencies.join(' and ')} calls now: if this is one, say so and it will be taken.`
      : '';
  throw new AppError(
    'phone.after_hours_not_accepted',
    `The phone line takes this ${input.severity} call only in business hours; please submit it through the portal (C1).${taken}`,
  );
}
