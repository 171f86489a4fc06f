import { createHash } from 'node:crypto';
import type { TDb } from '../../db/schema.js';
import type { TTenantPackRow } from '../../db/schema-packs.js';
import { choosePackVersion } from '../../domain/packs/choose-pack-version.js';
import { parsePack } from '../../domain/packs/parse-pack.js';
import { getBuiltInPack, hasBuiltInPack } from '../../domain/packs/registry.js';
import type { TPolicy } from '../../domain/packs/schema.js';
import { AppError } from '../../lib/app-error.js';
import { listTenantPacks } from '../../repositories/tenant-pack-repository.js';

export type TPackVersionSource = 'built_in' | 'tenant';
export type TPackVersionEntry = { policy: TPolicy; source: TPackVersionSource; row: TTenantPackRow | null };

const parsed = new Map<string, TPolicy>();

/** A tenant pack row as a policy (parsed once per content; the row's effective dates win). */
export function policyOfTenantPack(row: TTenantPackRow): TPolicy {
  const key = createHash('sha256')
    .update(`${row.effective_from}|${row.announced_on ?? ''}|${row.source_yaml}`)
    .digest('hex');
  const cached = parsed.get(key);
  if (cached) return cached;
  const policy = parsePack(row.source_yaml, `${row.pack_id}@${row.version}.yaml`);
  const { announced_on: _announced, ...rest } = policy;
  const withDates: TPolicy = Object.freeze({
    ...rest,
    effective_from: row.effective_from,
    ...(row.announced_on ? { announced_on: row.announced_on } : {}),
  });
  if (parsed.size > 200) parsed.clear();
  parsed.set(key, withDates);
  return withDates;
}

function builtInVersions(packId: string): TPackVersionEntry[] {
  return hasBuiltInPack(packId) ? [{ policy: getBuiltInPack(packId), source: 'built_in', row: null }] : [];
}

/**
 * Every version of pack `packId` this tenant can use: the built-in pack (if any) and the tenant's
 * versions (published only unless `includeDrafts`). A tenant version replaces a built-in one with
 * the same version label. Sorted by effective date.
 */
export async function listPackVersions(
  db: TDb,
  tenantId: string,
  packId: string,
  options: { includeDrafts?: boolean } = {},
): Promise<TPackVersionEntry[]> {
  const rows = await listTenantPacks(db, tenantId, {
    packId,
    publishedOnly: options.includeDrafts !== true,
  });
  const entries: TPackVersionEntry[] = rows.map((row) => ({
    policy: policyOfTenantPack(row),
    source: 'tenant',
    row,
  }));
  for (const builtIn of builtInVersions(packId)) {
    if (!entries.some((entry) => entry.policy.version === builtIn.policy.version)) entries.push(builtIn);
  }
  return entries.sort((a, b) => a.policy.effective_from.localeCompare(b.policy.effective_from));
}

/**
 * Pack `packId` version `version` for this tenant: the tenant's published version (or draft, when
 * `includeDrafts`), else the built-in pack with that version. With `fallbackToBuiltIn`, a version
 * the tenant does not have resolves to the built-in pack (cases stored before tenant versions existed).
 */
export async function findPackVersion(
  db: TDb,
  tenantId: string,
  packId: string,
  version: string,
  options: { includeDrafts?: boolean; fallbackToBuiltIn?: boolean } = {},
): Promise<TPackVersionEntry> {
  const entries = await listPackVersions(db, tenantId, packId, options);
  const match = entries.find((entry) => entry.policy.version === version);
  if (match) return match;
  if (options.fallbackToBuiltIn && hasBuiltInPack(packId)) {
    return { policy: getBuiltInPack(packId), source: 'built_in', row: null };
  }
  throw new AppError('pack.not_found', `No version "${version}" of pack "${packId}"`);
}

/**
 * The pack version a contract is on at `now`: among the built-in and the tenant's published
 * versions, the one `choosePackVersion` picks for the contract's term (K4 Imprivata: next term with
 * 60 days' notice; K5 Ivanti: after the objection window). The contract's pinned `pack_version` is
 * a floor: a contract never goes back to a version older than the one it was put on.
 */
export async function findContractPack(
  db: TDb,
  tenantId: string,
  contract: { pack_id: string; pack_version: string; term_start: string; term_end?: string },
  now: Date,
  options: { tenantVersions?: boolean } = {},
): Promise<TPolicy> {
  // `tenantVersions: false` (the caller already knows the tenant has none): built-in versions only.
  const entries =
    options.tenantVersions === false
      ? builtInVersions(contract.pack_id)
      : await listPackVersions(db, tenantId, contract.pack_id);
  if (entries.length === 0) throw new AppError('pack.not_found', `No pack "${contract.pack_id}"`);
  const versions = entries.map((entry) => entry.policy);
  const chosen = choosePackVersion(
    versions,
    {
      termStarts: [contract.term_start],
      ...(contract.term_end !== undefined ? { termEnd: contract.term_end } : {}),
    },
    now.toISOString().slice(0, 10),
  );
  const pinned = versions.find((policy) => policy.version === contract.pack_version);
  return pinned && pinned.effective_from > chosen.effective_from ? pinned : chosen;
}

/**
 * The pack a stored case runs on: its `pack_id` at its `pack_version` — the tenant's published
 * version, else the built-in pack (also for cases opened before tenant versions existed). Use it
 * wherever a case's SLA is recomputed (re-targeting, sweeps) so a tenant version keeps applying.
 */
export async function findCasePack(
  db: TDb,
  tenantId: string,
  row: { pack_id: string; pack_version: string },
): Promise<TPolicy> {
  const entry = await findPackVersion(db, tenantId, row.pack_id, row.pack_version, {
    fallbackToBuiltIn: true,
  });
  return entry.policy;
}

/**
 * The version of pack `packId` in force on `date` for this tenant (the latest published or built-in
 * version whose effective date has come, else the earliest); `pack.unknown` naming the field
 * `packId` when the tenant can use no such pack. For new contracts and products.
 */
export async function findPackInForce(
  db: TDb,
  tenantId: string,
  packId: string,
  date: Date,
): Promise<TPolicy> {
  const entries = await listPackVersions(db, tenantId, packId);
  const day = date.toISOString().slice(0, 10);
  const inForce = entries.filter((entry) => entry.policy.effective_from <= day).at(-1) ?? entries[0];
  if (!inForce) {
    throw new AppError('pack.unknown', `No pack "${packId}"`, [{ field: 'packId', message: 'no such pack' }]);
  }
  return inForce.policy;
}
