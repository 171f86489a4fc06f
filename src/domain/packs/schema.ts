import { z } from 'zod';
import { checkPackReferences } from './check-pack-references.js';
import { ZCentre } from './schema-calendar.js';
import { ZCustomerCenter } from './schema-center.js';
import { ZId, ZIsoDate, ZSource } from './schema-common.js';
import { ZPlan, ZSeverity } from './schema-plan.js';
import { ZSla } from './schema-sla.js';
import {
  ZContractRules,
  ZEscalationTier,
  ZReleaseRules,
  ZRmaRules,
  ZRule,
  ZTrainingRules,
  ZUsageDataRules,
} from './schema-terms.js';

export const PACK_SCHEMA_VERSION = 'aftercare.pack/v1';

/** A policy pack file (YAML), schema `aftercare.pack/v1`. */
export const ZPack = z
  .object({
    schema: z.literal(PACK_SCHEMA_VERSION, { message: `schema must be "${PACK_SCHEMA_VERSION}"` }),
    id: ZId,
    name: z.string().min(1),
    vendor: z.string().min(1),
    version: z.string().min(1),
    effective_from: ZIsoDate,
    /** When the change to this version was announced (drives per-contract adoption, K4/K5). */
    announced_on: ZIsoDate.optional(),
    source: z
      .object({
        file: z.string().min(1),
        title: z.string().min(1),
        url: z.string().optional(),
        version: z.string().optional(),
      })
      .strict(),
    severities: z.array(ZSeverity).min(1),
    centres: z.array(ZCentre).min(1),
    /** T2: which centre owns an account region. */
    region_centres: z.record(z.string(), ZId),
    region_centres_source: ZSource,
    /**
     * IMP-48: numbers by customer location. `countries` (ISO 3166 alpha-2) match a site's country;
     * `regions` match the account's region when no country row matches; a row with neither is the fallback.
     */
    phone_numbers: z
      .array(
        z
          .object({
            location: z.string(),
            number: z.string(),
            centre: ZId,
            countries: z.array(z.string().regex(/^[A-Z]{2}$/, 'ISO 3166 alpha-2 code')).optional(),
            regions: z.array(z.string()).optional(),
          })
          .strict(),
      )
      .default([]),
    /** What the portal's Customer Center states in plain words (IMP-37, IVA-13, scope of support). */
    customer_center: ZCustomerCenter.default({ out_of_scope: [] }),
    plans: z.array(ZPlan).min(1),
    sla: ZSla,
    escalation_tiers: z.array(ZEscalationTier).default([]),
    contract: ZContractRules,
    rma: ZRmaRules,
    releases: ZReleaseRules,
    training: ZTrainingRules,
    usage_data: ZUsageDataRules,
    intake: z.array(ZRule).default([]),
    tracked: z.array(ZRule).default([]),
  })
  .strict()
  .superRefine(checkPackReferences);

export type TPack = z.infer<typeof ZPack>;
export type TPolicy = Readonly<TPack>;
export { ZSource };
