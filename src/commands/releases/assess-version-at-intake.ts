import type { TDb } from '../../db/schema.js';
import { dateInZone } from '../../domain/contracts/contract-dates.js';
import type { TPolicy } from '../../domain/packs/schema.js';
import { assessCaseVersion, type TCaseVersionSupport } from '../../domain/releases/assess-case-version.js';
import { listProductReleases } from '../../repositories/release-repository.js';
import { CONTRACT_DATE_ZONE } from '../contracts/load-entitlement.js';
import { catalogueReleaseOf } from './load-release-support.js';

/** The support status of the customer's version when a case is opened (one read of the product's releases). */
export async function assessVersionAtIntake(
  db: TDb,
  tenantId: string,
  policy: TPolicy,
  productId: string | null,
  version: string,
  now: Date,
): Promise<TCaseVersionSupport> {
  const releases = productId === null ? null : await listProductReleases(db, tenantId, [productId]);
  return assessCaseVersion(
    policy.releases,
    releases?.map(catalogueReleaseOf) ?? null,
    version,
    dateInZone(now, CONTRACT_DATE_ZONE),
  );
}
