import { z } from 'zod';
import { releaseStatuses, type TReleaseRow } from '../db/schema-releases.js';
import type { TVersionSupport } from '../domain/releases/assess-version-support.js';
import type { TActor } from '../policies/actor.js';
import { releasePolicy, type TReleaseAction } from '../policies/release-policy.js';

/** A version's support status as the pack rule computes it (H3); codes in docs/releases.md. */
export const ZVersionSupportView = z
  .object({
    status: z.enum(['supported', 'unsupported']),
    supportedUntil: z.string().nullable().describe('Last supported day; null while no later release ends it'),
    reason: z.string(),
    code: z.string().nullable(),
  })
  .meta({ id: 'VersionSupport' });
export type TVersionSupportView = z.infer<typeof ZVersionSupportView>;

export function presentVersionSupport(support: TVersionSupport): TVersionSupportView {
  return {
    status: support.status,
    supportedUntil: support.supported_until,
    reason: support.reason,
    code: support.code ?? null,
  };
}

export const ZReleaseView = z
  .object({
    id: z.uuid(),
    productId: z.uuid().nullable(),
    version: z.string(),
    notes: z.string(),
    status: z.enum(releaseStatuses),
    gaDate: z.string().nullable().describe('Planned GA while planned; the day it shipped once published'),
    endOfShipping: z.string().nullable().describe('Explicit end of shipping; null = the successor’s GA'),
    support: ZVersionSupportView.nullable().describe('Computed from the pack rule; null while planned'),
    createdAt: z.iso.datetime(),
    publishedAt: z.iso.datetime().nullable(),
    fixedCases: z.number().int().describe('Cases whose product-defect outcome this release fixes'),
    allowedActions: z.array(z.enum(releasePolicy.actions as [TReleaseAction, ...TReleaseAction[]])),
  })
  .meta({ id: 'Release' });
export type TReleaseView = z.infer<typeof ZReleaseView>;

export function presentRelease(
  row: TReleaseRow,
  actor: TActor,
  fixedCases: number,
  support: TVersionSupport | null = null,
): TReleaseView {
  return {
    id: row.id,
    productId: row.product_id,
    version: row.version,
    notes: row.notes,
    status: row.status,
    gaDate: row.ga_date,
    endOfShipping: row.end_of_shipping,
    support: support ? presentVersionSupport(support) : null,
    createdAt: row.created_at.toISOString(),
    publishedAt: row.published_at ? row.published_at.toISOString() : null,
    fixedCases,
    allowedActions: releasePolicy.allowedActions(actor, row),
  };
}
