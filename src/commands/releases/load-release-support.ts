import type { TDb } from '../../db/schema.js';
import type { TReleaseRow } from '../../db/schema-releases.js';
import { dateInZone } from '../../domain/contracts/contract-dates.js';
import { assessReleaseSupport } from '../../domain/releases/assess-release-support.js';
import type { TVersionSupport } from '../../domain/releases/assess-version-support.js';
import { listProductReleases } from '../../repositories/release-repository.js';
import { CONTRACT_DATE_ZONE } from '../contracts/load-entitlement.js';
import { findPackInForce } from '../packs/find-pack-version.js';

export type TProductCatalogue = {
  productId: string;
  packId: string;
  releases: TReleaseRow[];
  /** Support status of each published release (by release id) on `asOf`. */
  support: Map<string, TVersionSupport>;
};

export function catalogueReleaseOf(row: TReleaseRow) {
  return {
    id: row.id,
    version: row.version,
    status: row.status,
    gaDate: row.ga_date,
    endOfShipping: row.end_of_shipping,
  };
}

/**
 * The releases of each product with their support status today, from the product's pack rule in
 * force (H3): read-only, computed on every read, never stored. `supportEnded` adds IVA-11 entitlement.
 */
export async function loadReleaseSupport(
  db: TDb,
  tenantId: string,
  productIds: readonly string[],
  now: Date,
  supportEnded?: string,
): Promise<Map<string, TProductCatalogue>> {
  const ids = [...new Set(productIds)];
  const catalogues = new Map<string, TProductCatalogue>();
  if (ids.length === 0) return catalogues;
  const products = await db
    .selectFrom('products')
    .select(['id', 'pack_id'])
    .where('tenant_id', '=', tenantId)
    .where('id', 'in', ids)
    .execute();
  const releases = await listProductReleases(db, tenantId, ids);
  const today = dateInZone(now, CONTRACT_DATE_ZONE);
  for (const product of products) {
    const policy = await findPackInForce(db, tenantId, product.pack_id, now);
    const own = releases.filter((release) => release.product_id === product.id);
    catalogues.set(product.id, {
      productId: product.id,
      packId: product.pack_id,
      releases: own,
      support: assessReleaseSupport(policy.releases, own.map(catalogueReleaseOf), today, supportEnded),
    });
  }
  return catalogues;
}

/** Support status by release id for the given releases (those of a product that shipped). */
export async function loadSupportOfReleases(
  db: TDb,
  tenantId: string,
  rows: readonly TReleaseRow[],
  now: Date,
): Promise<Map<string, TVersionSupport>> {
  const productIds = rows.flatMap((row) => (row.product_id ? [row.product_id] : []));
  const catalogues = await loadReleaseSupport(db, tenantId, productIds, now);
  const byId = new Map<string, TVersionSupport>();
  for (const catalogue of catalogues.values())
    for (const [id, support] of catalogue.support) byId.set(id, support);
  return byId;
}
