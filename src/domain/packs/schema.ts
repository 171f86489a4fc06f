import { z } from 'zod';
import { checkPackReferences } from './check-pack-references.js';
import { ZCentre } from './schema-calendar.js';
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
    phone_numbers: z
      .array(z.object({ location: z.string(), number: z.string(), centre: ZId }).strict())
      .default([]),
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
