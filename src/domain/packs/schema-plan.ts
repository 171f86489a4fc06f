import { z } from 'zod';
import { ZChannel, ZId, ZIsoDate, ZSeverityId, ZSource } from './schema-common.js';

/** A feature a plan includes: true/false, a count, or a short description (e.g. "24x7 (S1 only)"). */
const ZFeature = z
  .object({
    value: z.union([z.boolean(), z.number().int().nonnegative(), z.string().min(1)]),
    note: z.string().optional(),
    source: ZSource,
  })
  .strict();

export const ZPlan = z
  .object({
    id: ZId,
    name: z.string().min(1),
    status: z.enum(['sold', 'legacy']).default('sold'),
    not_sold_from: ZIsoDate.optional(),
    upgrade_to: ZId.optional(),
    channels: z.array(ZChannel).min(1),
    /** When the phone line is open for this plan: the centre's business hours, or 24x7 for some severities. */
    phone_hours: z.enum(['business_hours', 'business_hours_and_after_hours_emergency']),
    /** Severities a phone call is accepted for outside business hours (empty = none). */
    after_hours_phone: z
      .object({ severities: z.array(ZSeverityId), pin_required: z.boolean(), source: ZSource })
      .strict()
      .optional(),
    /** Premium PIN required on every phone call (C8). */
    pin_required: z.boolean().default(false),
    /** Named contacts allowed per account; null = the seed sets no limit. */
    named_contacts: z.number().int().positive().nullable(),
    named_contacts_source: ZSource,
    assigned_engineer: z.boolean(),
    support_manager_access: z.boolean(),
    features: z.record(z.string(), ZFeature).default({}),
    source: ZSource,
  })
  .strict();
export type TPlan = z.infer<typeof ZPlan>;

export const ZSeverity = z
  .object({
    id: ZSeverityId,
    name: z.string().min(1),
    impact: z.string().min(1),
    definition: z.string().min(1),
    /** Emergencies keep their normal targets during closures (C7). */
    emergency: z.boolean().default(false),
    source: ZSource,
  })
  .strict();
export type TSeverity = z.infer<typeof ZSeverity>;
