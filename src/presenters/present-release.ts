import { z } from 'zod';
import { releaseStatuses, type TReleaseRow } from '../db/schema-releases.js';
import type { TActor } from '../policies/actor.js';
import { releasePolicy, type TReleaseAction } from '../policies/release-policy.js';

export const ZReleaseView = z
  .object({
    id: z.uuid(),
    productId: z.uuid().nullable(),
    version: z.string(),
    notes: z.string(),
    status: z.enum(releaseStatuses),
    createdAt: z.iso.datetime(),
    publishedAt: z.iso.datetime().nullable(),
    fixedCases: z.number().int().describe('Cases whose product-defect outcome this release fixes'),
    allowedActions: z.array(z.enum(releasePolicy.actions as [TReleaseAction, ...TReleaseAction[]])),
  })
  .meta({ id: 'Release' });
export type TReleaseView = z.infer<typeof ZReleaseView>;

export function presentRelease(row: TReleaseRow, actor: TActor, fixedCases: number): TReleaseView {
  return {
    id: row.id,
    productId: row.product_id,
    version: row.version,
    notes: row.notes,
    status: row.status,
    createdAt: row.created_at.toISOString(),
    publishedAt: row.published_at ? row.published_at.toISOString() : null,
    fixedCases,
    allowedActions: releasePolicy.allowedActions(actor, row),
  };
}
