import { z } from 'zod';
import { caseDispositions, type TCaseRow } from '../db/schema-records.js';
import type { TCaseVersionSupport } from '../domain/releases/assess-case-version.js';

/** The customer's version with its support status at intake, and the case's disposition (issue 15). */
export const ZCaseVersionFields = z.object({
  productVersion: z.string().nullable().describe('The version the customer runs, as given at intake'),
  versionSupport: z
    .object({
      status: z.enum(['supported', 'unsupported', 'unknown']),
      supportedUntil: z.string().nullable(),
      reason: z.string().describe('The rule and, when unsupported, the upgrade recommendation'),
      code: z.string().nullable(),
    })
    .nullable()
    .describe('Computed from the pack rule when the case was opened (H3); null without a version'),
  disposition: z.enum(caseDispositions).nullable(),
  dispositionReason: z.string().nullable(),
});

export function presentCaseVersion(row: TCaseRow): z.infer<typeof ZCaseVersionFields> {
  return {
    productVersion: row.customer_version ?? null,
    versionSupport: (row.version_support as TCaseVersionSupport | null) ?? null,
    disposition: row.disposition ?? null,
    dispositionReason: row.disposition_reason ?? null,
  };
}
