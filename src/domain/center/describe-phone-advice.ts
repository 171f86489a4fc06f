import type { TPolicy } from '../packs/schema.js';

export type TPhoneAdvice = { severity: string; text: string };

/**
 * The "phone us" advisories of a plan, per severity, in plain words: severities whose targets apply
 * only when reported by phone (IVA-29, e.g. Ivanti S1 call-backs) and severities the plan accepts by
 * phone outside business hours (IMP-40 after-hours P0, IVA-30). The portal shows them, with the
 * numbers for the customer's location (IMP-48), when the customer picks that severity.
 */
export function describePhoneAdvice(policy: TPolicy, planId: string): TPhoneAdvice[] {
  const plan = policy.plans.find((candidate) => candidate.id === planId);
  if (!plan) return [];
  const advice: TPhoneAdvice[] = [];
  const name = (id: string) => policy.severities.find((severity) => severity.id === id)?.name ?? id;
  for (const rule of policy.sla.eligibility) {
    if (!rule.require_channels.includes('phone')) continue;
    for (const severity of rule.severities) {
      advice.push({
        severity,
        text: `${name(severity)} problems must be reported by phone for the response times to apply. Phone us rather than opening the case here.`,
      });
    }
  }
  for (const severity of plan.after_hours_phone?.severities ?? []) {
    if (advice.some((entry) => entry.severity === severity)) continue;
    const pin = plan.after_hours_phone?.pin_required || plan.pin_required;
    advice.push({
      severity,
      text: `Outside business hours, phone us for ${name(severity)} problems${pin ? ' and have your Premium Support PIN ready' : ''}: calls are answered at any hour.`,
    });
  }
  return advice;
}
