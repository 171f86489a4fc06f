import { z } from 'zod';
import { ZChannel, ZId, ZMilestoneName, ZSeverityId, ZSource } from './schema-common.js';

const ZText = z.string().min(1);

/** One SLA target. `text` is the seed's wording; the clock decides how the due instant is computed. */
export const ZTarget = z.discriminatedUnion('clock', [
  z
    .object({
      clock: z.literal('business_hours'),
      hours: z.number().nonnegative().default(0),
      minutes: z.number().nonnegative().default(0),
      text: ZText,
      source: ZSource,
    })
    .strict(),
  z
    .object({
      clock: z.literal('business_days'),
      days: z.number().int().positive(),
      text: ZText,
      source: ZSource,
    })
    .strict(),
  z
    .object({
      clock: z.literal('elapsed'),
      hours: z.number().nonnegative().default(0),
      minutes: z.number().nonnegative().default(0),
      /** 1 day = 24 elapsed hours (T6). */
      days: z.number().nonnegative().default(0),
      text: ZText,
      source: ZSource,
    })
    .strict(),
  z.object({ clock: z.literal('next_release'), text: ZText, source: ZSource }).strict(),
  z.object({ clock: z.literal('no_commitment'), text: ZText, source: ZSource }).strict(),
]);
export type TTarget = z.infer<typeof ZTarget>;

export const ZMatrixRow = z
  .object({ plan: ZId, severity: ZSeverityId, first_response: ZTarget, resolution: ZTarget })
  .strict();

/** Switch a milestone's clock to elapsed time (24x7) when plan, severity and channel match (IVA-30). */
export const ZClockOverride = z
  .object({
    id: ZId,
    plans: z.array(ZId).min(1),
    severities: z.array(ZSeverityId).min(1),
    milestones: z.array(ZMilestoneName).min(1),
    channels: z.array(ZChannel).min(1),
    clock: z.literal('elapsed'),
    source: ZSource,
  })
  .strict();

/** A target applies only when reported through some channel (IVA-29, C3). */
export const ZEligibility = z
  .object({
    id: ZId,
    severities: z.array(ZSeverityId).min(1),
    milestones: z.array(ZMilestoneName).min(1),
    require_channels: z.array(ZChannel).min(1),
    /** Pack option (C3): `not_eligible` (default) or the target of another severity. */
    otherwise: z.union([z.literal('not_eligible'), z.object({ use_severity: ZSeverityId }).strict()]),
    source: ZSource,
  })
  .strict();

/** A timed escalation (IVA-16, C4): due `after` elapsed time from submission. */
export const ZEscalation = z
  .object({
    id: ZId,
    plans: z.array(ZId).min(1),
    severities: z.array(ZSeverityId).min(1),
    to: z.string().min(1),
    after: z.object({ hours: z.number().nonnegative() }).strict(),
    text: ZText,
    source: ZSource,
  })
  .strict();

const ZRetargetRule = z.enum(['keep', 'recompute_from_change', 'recompute_from_opening']);
const ZRetargetByMilestone = z
  .object({ first_response: ZRetargetRule, resolution: ZRetargetRule, escalation: ZRetargetRule })
  .strict();

export const ZSlaSettings = z
  .object({
    /** Channel assumed when a request names none. */
    default_channel: ZChannel.default('portal'),
    /** T4: the due time is the earliest instant at which the business time is used up. */
    due_instant: z.enum(['earliest', 'next_opening']).default('earliest'),
    /** C7: non-emergency requests received during a closure. */
    closure: z
      .object({
        milestone: ZMilestoneName,
        business_days_after: z.number().int().positive(),
        combine: z.enum(['replace', 'later_of']).default('replace'),
        source: ZSource,
      })
      .strict()
      .optional(),
    /** C5: follow-the-sun transfer needs a recorded customer 24x7 contact. */
    follow_the_sun: z
      .object({
        plans: z.array(ZId),
        severities: z.array(ZSeverityId),
        requires_24x7_contact: z.boolean(),
        source: ZSource,
      })
      .strict()
      .optional(),
    /**
     * Whether waiting on the customer stops the SLA clocks. Absent = no pause (neither seed allows
     * one); when on, the paused time is counted in business time of the case's centre calendar
     * (or elapsed time for around-the-clock milestones) and the due times move out by it.
     */
    pause: z
      .object({
        on_waiting_on_customer: z.boolean().default(false),
        source: ZSource.optional(),
      })
      .strict()
      .optional(),
    /** What happens to each milestone when the case changes (re-targeting). */
    retarget: z
      .object({
        severity: ZRetargetByMilestone,
        plan: ZRetargetByMilestone,
        centre: ZRetargetByMilestone,
        calendar: ZRetargetByMilestone,
      })
      .strict(),
  })
  .strict();

export const ZSla = z
  .object({
    settings: ZSlaSettings,
    matrix: z.array(ZMatrixRow).min(1),
    clock_overrides: z.array(ZClockOverride).default([]),
    eligibility: z.array(ZEligibility).default([]),
    escalations: z.array(ZEscalation).default([]),
    resolution_definition: z.object({ text: ZText, source: ZSource }).strict().optional(),
  })
  .strict();
export type TSla = z.infer<typeof ZSla>;
export type TRetargetRule = z.infer<typeof ZRetargetRule>;
