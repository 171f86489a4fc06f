import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TDb } from '../../db/schema.js';
import { diffPacks, type TPackDiffEntry } from '../../domain/packs/diff-packs.js';
import { findPackageRoot } from '../../domain/packs/package-root.js';
import { AppError } from '../../lib/app-error.js';
import type { TActor } from '../../policies/actor.js';
import { assertReadsPackAdmin } from './assert-pack-access.js';
import { findPackVersion, listPackVersions, type TPackVersionEntry } from './find-pack-version.js';

/** Built-in and tenant versions (drafts included) of one pack, for vendor staff. 404 when none. */
export async function listVersionsOfPack(
  deps: { db: TDb },
  actor: TActor,
  packId: string,
): Promise<TPackVersionEntry[]> {
  assertReadsPackAdmin(actor);
  const entries = await listPackVersions(deps.db, actor.tenantId, packId, { includeDrafts: true });
  if (entries.length === 0) throw new AppError('pack.not_found', `No pack "${packId}"`);
  return entries;
}

/** One version with its YAML text (to edit it into a new version). */
export async function getPackVersionSource(
  deps: { db: TDb },
  actor: TActor,
  packId: string,
  version: string,
): Promise<{ entry: TPackVersionEntry; yaml: string }> {
  assertReadsPackAdmin(actor);
  const entry = await findPackVersion(deps.db, actor.tenantId, packId, version, { includeDrafts: true });
  const yaml = entry.row
    ? entry.row.source_yaml
    : readFileSync(join(findPackageRoot(), 'packs', `${entry.policy.id}.yaml`), 'utf8');
  return { entry, yaml };
}

/** The structured difference between two versions of a pack (drafts included). */
export async function diffPackVersions(
  deps: { db: TDb },
  actor: TActor,
  input: { packId: string; from: string; to: string },
): Promise<TPackDiffEntry[]> {
  assertReadsPackAdmin(actor);
  const before = await findPackVersion(deps.db, actor.tenantId, input.packId, input.from, {
    includeDrafts: true,
  });
  const after = await findPackVersion(deps.db, actor.tenantId, input.packId, input.to, {
    includeDrafts: true,
  });
  return diffPacks(before.policy, after.policy);
}
