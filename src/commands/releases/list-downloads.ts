import type { TDb } from '../../db/schema.js';
import type { TReleaseFileRow, TReleaseRow } from '../../db/schema-releases.js';
import type { TVersionSupport } from '../../domain/releases/assess-version-support.js';
import type { TDownloadDecision } from '../../domain/releases/decide-download.js';
import { listProductsWithReleases, listReleaseFiles } from '../../repositories/release-file-repository.js';
import { checkProductDownloads } from './check-download.js';
import { loadReleaseSupport } from './load-release-support.js';

export type TDownloadProduct = {
  id: string;
  name: string;
  releases: {
    release: TReleaseRow;
    support: TVersionSupport | null;
    decision: TDownloadDecision;
    files: TReleaseFileRow[];
  }[];
};

/**
 * The Downloads page of an account: each product its contracts cover, with its published releases
 * (newest first), their support status (H3), whether the account may download them and their files.
 * Products the account's contracts do not cover are left out (IMP-12).
 */
export async function listDownloads(
  db: TDb,
  tenantId: string,
  accountId: string,
  now: Date,
): Promise<TDownloadProduct[]> {
  const products = await listProductsWithReleases(db, tenantId);
  const catalogues = await loadReleaseSupport(
    db,
    tenantId,
    products.map((product) => product.id),
    now,
  );
  const result: TDownloadProduct[] = [];
  for (const product of products) {
    const catalogue = catalogues.get(product.id);
    const published = (catalogue?.releases ?? [])
      .filter((release) => release.status === 'published')
      .reverse();
    const decisions = await checkProductDownloads(db, tenantId, accountId, product, published, now);
    if ([...decisions.values()].every((d) => !d.allowed && d.code === 'download.product_not_covered'))
      continue;
    const files = await listReleaseFiles(
      db,
      tenantId,
      published.map((release) => release.id),
    );
    result.push({
      id: product.id,
      name: product.name,
      releases: published.map((release) => ({
        release,
        support: catalogue?.support.get(release.id) ?? null,
        decision: decisions.get(release.id) ?? { allowed: false, code: 'download.not_available', reason: '' },
        files: files.filter((file) => file.release_id === release.id),
      })),
    });
  }
  return result;
}
