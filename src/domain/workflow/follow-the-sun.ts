import type { BusinessCalendar } from '../calendar/index.js';
import type { TPolicy } from '../packs/schema.js';

export type TFollowTheSunDecision =
  | { kind: 'not_applicable'; reason: string }
  | { kind: 'stay'; centre: string }
  | { kind: 'transfer'; from: string; to: string };

/**
 * IVA-22 / C5: an S1 on a 24x7 plan that the owning centre cannot finish in its hours moves to a
 * regional centre that is open — only when the customer has a recorded 24x7 contact (if the pack
 * requires it). At `now`: stay while the current centre is open; otherwise pick the open centre
 * (in pack order), or, when none is open, the one that opens first.
 */
export function decideFollowTheSun(
  policy: TPolicy,
  input: {
    plan: string;
    severity: string;
    currentCentre: string;
    hasCustomer24x7Contact: boolean;
    calendars: ReadonlyMap<string, BusinessCalendar>;
    now: number;
  },
): TFollowTheSunDecision {
  const rule = policy.sla.settings.follow_the_sun;
  if (!(rule?.plans.includes(input.plan) && rule.severities.includes(input.severity))) {
    return { kind: 'not_applicable', reason: 'plan or severity without follow-the-sun' };
  }
  if (rule.requires_24x7_contact && !input.hasCustomer24x7Contact) {
    return { kind: 'not_applicable', reason: 'no recorded customer 24x7 contact (C5)' };
  }
  const current = input.calendars.get(input.currentCentre);
  if (current?.isOpen(input.now)) return { kind: 'stay', centre: input.currentCentre };
  let best: { centre: string; opens: number } | null = null;
  for (const centre of policy.centres) {
    if (centre.id === input.currentCentre) continue;
    const calendar = input.calendars.get(centre.id);
    if (!calendar) continue;
    const opens = calendar.isOpen(input.now) ? input.now : calendar.nextOpen(input.now);
    if (best === null || opens < best.opens) best = { centre: centre.id, opens };
  }
  const currentOpens = current ? current.nextOpen(input.now) : Number.POSITIVE_INFINITY;
  if (!best || best.opens >= currentOpens) return { kind: 'stay', centre: input.currentCentre };
  return { kind: 'transfer', from: input.currentCentre, to: best.centre };
}
