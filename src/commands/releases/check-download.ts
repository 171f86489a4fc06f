import type { TDb } from '../../db/schema.js';
import type { TReleaseRow } from '../../db/schema-releases.js';
import { decideDownload, type TDownloadDecision } from '../../domain/releases/decide-download.js';
import { loadEntitlement } from '../contracts/load-entitlement.js';
import { findPackInForce } from '../packs/find-pack-version.js';

/**
 * Decides for every release of one product whether the account may download it: the entitlement
 * seam (loadEntitlement for the product) and the product pack's release rules (IVA-11), then
 * `decideDownload`. One entitlement read per product.
 */
export async function checkProductDownloads(
  db: TDb,
  tenantId: string,
  accountId: string,
  product: { id: string; pack_id: string },
  releases: readonly TReleaseRow[],
  now: Date,
): Promise<Map<string, TDownloadDecision>> {
  const entitlement = await loadEntitlement(db, tenantId, { accountId, productId: product.id }, now);
  const policy = await findPackInForce(db, tenantId, product.pack_id, now);
  const packRuleIds = policy.releases.rules.map((rule) => rule.id);
  return new Map(
    releases.map((release) => [
      release.id,
      decideDownload({
        entitlement,
        packRuleIds,
        release: { status: release.status, gaDate: release.ga_date },
      }),
    ]),
  );
}
