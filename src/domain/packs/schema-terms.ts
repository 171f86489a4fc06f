import { z } from 'zod';
import { ZId, ZSource } from './schema-common.js';

/** A tracked rule: text plus source, for clauses that are recorded and shown rather than computed. */
export const ZRule = z.object({ id: ZId, text: z.string().min(1), source: ZSource }).strict();

export const ZContractRules = z
  .object({
    applies_to_channel: z.enum(['direct', 'any']).default('any'),
    term: z
      .object({
        initial: z.enum(['end_of_12th_month_after_ship_month', 'start_plus_12_months_minus_1_day']),
        renewal_months: z.number().int().positive(),
        auto_renewal: z.boolean(),
        source: ZSource,
      })
      .strict(),
    non_renewal_notice: z
      .object({
        days_before_end: z.number().int().positive(),
        late: z.enum(['renews', 'flag_notice_late']),
        source: ZSource,
      })
      .strict(),
    policy_change: z.discriminatedUnion('kind', [
      z
        .object({
          kind: z.literal('next_term_with_notice'),
          notice_days: z.number().int().positive(),
          source: ZSource,
        })
        .strict(),
      z
        .object({
          kind: z.literal('objection_window'),
          objection_days: z.number().int().positive(),
          source: ZSource,
        })
        .strict(),
    ]),
    breach_cure_days: z.number().int().positive().nullable(),
    breach_cure_source: ZSource.optional(),
    termination_without_cause_by_vendor: z.enum(['prohibited', 'not_stated']),
    late_payment: z.enum(['may_withhold_service', 'suspend_until_paid']),
    late_payment_source: ZSource,
    reinstatement: z
      .object({
        back_fees: z.literal('prorated_whole_months_at_current_price'),
        surcharge_percent_of_back_fees: z.number().nonnegative(),
        reinstatement_fee: z.number().nonnegative().nullable(),
        reinstatement_fee_placeholder: z.boolean().default(false),
        new_term_fee: z.boolean(),
        source: ZSource,
      })
      .strict(),
    licence_coverage: z.enum(['all_licences_purchased_or_used', 'not_stated']),
    licence_coverage_source: ZSource.optional(),
    pricing: z.enum(['then_current_list_price', 'not_stated']),
    rules: z.array(ZRule).default([]),
  })
  .strict();

export const ZRmaRules = z
  .object({
    available: z.boolean(),
    virtual_only_excluded: z.boolean(),
    onsite_repair: z.boolean(),
    warranty: z
      .object({ term: z.literal('end_of_12th_month_after_ship_month'), source: ZSource })
      .strict()
      .optional(),
    by_plan: z
      .array(
        z
          .object({
            plan: ZId,
            in_warranty: z.enum(['return_and_repair', 'advance_replacement']),
            after_warranty: z.enum(['paid_replacement', 'advance_replacement']),
            ship_business_days: z.number().int().positive(),
            ship_from: z.enum(['defective_unit_received', 'defect_concluded']),
            return_business_days: z.number().int().positive().nullable(),
            source: ZSource,
          })
          .strict(),
      )
      .default([]),
    /** IMP-33: advance replacements ship overnight, expedited where overnight is not available. */
    shipping: z
      .object({
        advance_replacement: z.enum(['overnight', 'expedited', 'standard']),
        /** Destinations (ISO country codes) where overnight is not available → expedited. */
        overnight_unavailable: z.array(z.string().min(2)).default([]),
        source: ZSource,
      })
      .strict()
      .optional(),
    /** Appliance models, oldest first (a release's minimum model compares by this order). */
    models: z.array(z.string().min(1)).default([]),
    /** IMP-28/29/31/36: a release that needs a later appliance model. */
    release_minimum_models: z
      .array(z.object({ release: z.string().min(1), model: z.string().min(1), source: ZSource }).strict())
      .default([]),
    /** Products whose customers under maintenance get a later model at no cost (IMP-28, IMP-36). */
    free_model_upgrade_products: z.array(z.string().min(1)).default([]),
    rules: z.array(ZRule).default([]),
  })
  .strict();

export const ZReleaseRules = z
  .object({
    supported_prior_versions: z.number().int().nonnegative().nullable(),
    minimum_support_months: z.number().int().nonnegative().nullable(),
    end_of_life_list_url: z.string().optional(),
    rules: z.array(ZRule).default([]),
  })
  .strict();

const ZTrmOffering = z
  .object({
    id: ZId,
    days_per_year: z.number().int().positive(),
    vouchers: z.number().int().nonnegative(),
    onsite_percent: z.number().min(0).max(100),
    travel_included: z.boolean(),
  })
  .strict();

export const ZTrainingRules = z
  .object({
    academy: z
      .array(z.object({ plan: ZId, offering: z.string().min(1), source: ZSource }).strict())
      .default([]),
    trm: z
      .object({
        offerings: z.array(ZTrmOffering).min(1),
        onsite_min_consecutive_days: z.number().int().positive(),
        term_months: z.number().int().positive(),
        auto_renewal: z.boolean(),
        non_renewal_notice_days: z.number().int().positive(),
        unused_expire: z.boolean(),
        source: ZSource,
      })
      .strict()
      .optional(),
    rules: z.array(ZRule).default([]),
  })
  .strict();

export const ZUsageDataRules = z
  .object({
    collected: z.array(z.string()).default([]),
    forbidden_fields: z.array(z.string()).default([]),
    export_on_request: z.boolean(),
    opt_out_via_case: z.boolean(),
    source: ZSource.optional(),
  })
  .strict();

/** Something a tier needs before it takes a case (IMP-58: server logs, VPN access, a VM image…). */
export const ZTierEvidence = z.object({ id: ZId, name: z.string().min(1) }).strict();

/** A kind of case a tier takes, and the evidence it needs (any one of `needs_one_of`). */
export const ZTierCategory = z
  .object({
    id: ZId,
    name: z.string().min(1),
    needs_one_of: z.array(ZId).default([]),
    /** Evidence that does not count for this category (IMP-58: a screen share for agent issues). */
    not_sufficient: z.array(ZId).default([]),
  })
  .strict();

export const ZEscalationTier = z
  .object({
    id: ZId,
    name: z.string(),
    text: z.string(),
    notify_customer: z.boolean(),
    notify_executives: z.boolean(),
    /** When given, escalating to this tier needs one of these categories and its evidence. */
    categories: z.array(ZTierCategory).default([]),
    evidence: z.array(ZTierEvidence).default([]),
    source: ZSource,
  })
  .strict();
