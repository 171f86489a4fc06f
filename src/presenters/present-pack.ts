import { z } from 'zod';
import type { TPolicy } from '../domain/packs/schema.js';

const ZTargetView = z.object({ clock: z.string(), text: z.string(), clause: z.string() });

export const ZPackSummaryView = z
  .object({
    id: z.string(),
    name: z.string(),
    vendor: z.string(),
    version: z.string(),
    effectiveFrom: z.string(),
    plans: z.array(z.string()),
    severities: z.array(z.string()),
    centres: z.array(z.string()),
    placeholders: z.array(z.string()),
  })
  .meta({ id: 'PackSummary' });

export const ZPackView = z
  .object({
    id: z.string(),
    name: z.string(),
    vendor: z.string(),
    version: z.string(),
    effectiveFrom: z.string(),
    plans: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        status: z.enum(['sold', 'legacy']),
        channels: z.array(z.string()),
        namedContacts: z.number().nullable(),
        pinRequired: z.boolean(),
        afterHoursPhoneSeverities: z.array(z.string()),
      }),
    ),
    severities: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        impact: z.string(),
        definition: z.string(),
        emergency: z.boolean(),
      }),
    ),
    centres: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        serves: z.string(),
        timezone: z.string(),
        placeholder: z.boolean(),
      }),
    ),
    regionCentres: z.record(z.string(), z.string()),
    intake: z
      .array(z.object({ id: z.string(), text: z.string() }))
      .describe('Intake rules; `detailed-information` = cases must carry the incident details (IVA-23)'),
    escalationTiers: z
      .array(
        z.object({
          id: z.string(),
          name: z.string(),
          categories: z.array(
            z.object({
              id: z.string(),
              name: z.string(),
              needsOneOf: z.array(z.string()),
              notSufficient: z.array(z.string()),
            }),
          ),
          evidence: z.array(z.object({ id: z.string(), name: z.string() })),
        }),
      )
      .describe('Support tiers in order (Tier 1 first); a tier with categories needs one to escalate to it'),
    slaMatrix: z.array(
      z.object({
        plan: z.string(),
        severity: z.string(),
        firstResponse: ZTargetView,
        resolution: ZTargetView,
      }),
    ),
  })
  .meta({ id: 'Pack' });
export type TPackView = z.infer<typeof ZPackView>;

/** A pack for the web app: plans, severities, centres and the SLA matrix with the seed's wording. */
export function presentPack(policy: TPolicy): TPackView {
  return {
    id: policy.id,
    name: policy.name,
    vendor: policy.vendor,
    version: policy.version,
    effectiveFrom: policy.effective_from,
    plans: policy.plans.map((plan) => ({
      id: plan.id,
      name: plan.name,
      status: plan.status,
      channels: [...plan.channels],
      namedContacts: plan.named_contacts,
      pinRequired: plan.pin_required,
      afterHoursPhoneSeverities: [...(plan.after_hours_phone?.severities ?? [])],
    })),
    severities: policy.severities.map((severity) => ({
      id: severity.id,
      name: severity.name,
      impact: severity.impact,
      definition: severity.definition,
      emergency: severity.emergency,
    })),
    centres: policy.centres.map((centre) => ({
      id: centre.id,
      name: centre.name,
      serves: centre.serves,
      timezone: centre.calendar.timezone,
      placeholder: centre.placeholder,
    })),
    regionCentres: { ...policy.region_centres },
    intake: policy.intake.map((rule) => ({ id: rule.id, text: rule.text })),
    escalationTiers: policy.escalation_tiers.map((tier) => ({
      id: tier.id,
      name: tier.name,
      categories: tier.categories.map((category) => ({
        id: category.id,
        name: category.name,
        needsOneOf: [...category.needs_one_of],
        notSufficient: [...category.not_sufficient],
      })),
      evidence: tier.evidence.map((item) => ({ id: item.id, name: item.name })),
    })),
    slaMatrix: policy.sla.matrix.map((row) => ({
      plan: row.plan,
      severity: row.severity,
      firstResponse: {
        clock: row.first_response.clock,
        text: row.first_response.text,
        clause: row.first_response.source.clause,
      },
      resolution: {
        clock: row.resolution.clock,
        text: row.resolution.text,
        clause: row.resolution.source.clause,
      },
    })),
  };
}
