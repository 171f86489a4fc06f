import type { TDb } from '../../db/schema.js';
import {
  getBuiltInPack,
  hasBuiltInPack,
  listBuiltInPacks,
  summarizePack,
  type TPackSummary,
} from '../../domain/packs/registry.js';
import type { TPolicy } from '../../domain/packs/schema.js';
import { AppError } from '../../lib/app-error.js';
import { isVendorRole, type TActor } from '../../policies/actor.js';
import { listTenantPacks } from '../../repositories/tenant-pack-repository.js';
import { assertReadsPackAdmin } from './assert-pack-access.js';
import { findPackVersion, listPackVersions, policyOfTenantPack } from './find-pack-version.js';

const seesTenantPacks = (actor: TActor) => actor.kind === 'system' || isVendorRole(actor.role);

/** The built-in packs and, for vendor staff, the tenant's own packs (latest version of each). */
export async function listPacksForActor(deps: { db: TDb }, actor: TActor): Promise<TPackSummary[]> {
  const packs = listBuiltInPacks();
  if (!seesTenantPacks(actor)) return packs;
  const latest = new Map<string, TPackSummary>();
  for (const row of await listTenantPacks(deps.db, actor.tenantId)) {
    if (!hasBuiltInPack(row.pack_id)) latest.set(row.pack_id, summarizePack(policyOfTenantPack(row)));
  }
  return [...packs, ...latest.values()];
}

/**
 * A pack as the web app shows it: the built-in pack, or a named version (vendor staff; drafts
 * included). A tenant's own pack without a version is its latest version.
 */
export async function readPack(
  deps: { db: TDb },
  actor: TActor,
  packId: string,
  version?: string | undefined,
): Promise<TPolicy> {
  if (version !== undefined) {
    assertReadsPackAdmin(actor);
    return (await findPackVersion(deps.db, actor.tenantId, packId, version, { includeDrafts: true })).policy;
  }
  if (!hasBuiltInPack(packId) && seesTenantPacks(actor)) {
    const latest = (await listPackVersions(deps.db, actor.tenantId, packId, { includeDrafts: true })).at(-1);
    if (latest) return latest.policy;
  }
  if (!hasBuiltInPack(packId)) throw new AppError('pack.not_found', `No pack "${packId}"`);
  return getBuiltInPack(packId);
}
