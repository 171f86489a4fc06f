import { newId } from '../../db/new-id.js';
import type { TDb } from '../../db/schema.js';
import type { TTenantPackRow } from '../../db/schema-packs.js';
import { withTransaction } from '../../db/with-transaction.js';
import { getBuiltInPack, hasBuiltInPack } from '../../domain/packs/registry.js';
import { AppError } from '../../lib/app-error.js';
import { describeActor, type TActor } from '../../policies/actor.js';
import { recordAudit } from '../../repositories/audit-repository.js';
import { findTenantPack, insertTenantPack } from '../../repositories/tenant-pack-repository.js';
import { assertManagesPacks } from './assert-pack-access.js';

import { requireValidPack } from './validate-pack-yaml.js';

export type TUploadPackInput = {
  yaml: string;
  /** Overrides the file's `effective_from` (YYYY-MM-DD). */
  effectiveFrom?: string | undefined;
};

/**
 * Stores a new pack version as a draft (vendor admins). The YAML must validate (AppError
 * 'pack.invalid' with line/column details); a version label already used for this pack — by the
 * tenant or by the built-in pack — is 'pack.already_exists'. Audited.
 */
export async function uploadPackVersion(
  deps: { db: TDb },
  actor: TActor,
  input: TUploadPackInput,
  now: Date,
): Promise<TTenantPackRow> {
  assertManagesPacks(actor);
  const policy = requireValidPack(input.yaml);
  if (hasBuiltInPack(policy.id) && getBuiltInPack(policy.id).version === policy.version) {
    throw new AppError(
      'pack.already_exists',
      `Version "${policy.version}" of ${policy.id} is the built-in pack; give the new version its own label`,
      [{ field: 'version', message: 'already exists' }],
    );
  }
  return withTransaction(deps.db, async (trx) => {
    if (await findTenantPack(trx, actor.tenantId, policy.id, policy.version)) {
      throw new AppError(
        'pack.already_exists',
        `Version "${policy.version}" of ${policy.id} already exists`,
        [{ field: 'version', message: 'already exists' }],
      );
    }
    const row = await insertTenantPack(trx, {
      tenant_id: actor.tenantId,
      id: newId(now.getTime()),
      pack_id: policy.id,
      version: policy.version,
      name: policy.name,
      effective_from: input.effectiveFrom ?? policy.effective_from,
      announced_on: policy.announced_on ?? null,
      source_yaml: input.yaml,
      status: 'draft',
      uploaded_by: describeActor(actor),
      uploaded_at: now,
      published_by: null,
      published_at: null,
    });
    await recordAudit(trx, {
      actor,
      action: 'pack.uploaded',
      entityType: 'pack_version',
      entityId: row.id,
      after: {
        packId: row.pack_id,
        version: row.version,
        effectiveFrom: row.effective_from,
        status: row.status,
      },
      at: now,
    });
    return row;
  });
}
