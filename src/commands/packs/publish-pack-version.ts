import type { TDb } from '../../db/schema.js';
import type { TTenantPackRow } from '../../db/schema-packs.js';
import { withTransaction } from '../../db/with-transaction.js';
import { AppError } from '../../lib/app-error.js';
import { recordEvent } from '../../outbox/record-event.js';
import { describeActor, type TActor } from '../../policies/actor.js';
import { recordAudit } from '../../repositories/audit-repository.js';
import { findTenantPack, markTenantPackPublished } from '../../repositories/tenant-pack-repository.js';
import { assertManagesPacks } from './assert-pack-access.js';

/**
 * Publishes a draft version (vendor admins): from its effective date, new contracts start on it and
 * running contracts adopt it per the pack's policy-change rule. Audited; emits `pack.published`.
 */
export async function publishPackVersion(
  deps: { db: TDb },
  actor: TActor,
  input: { packId: string; version: string },
  now: Date,
): Promise<TTenantPackRow> {
  assertManagesPacks(actor);
  return withTransaction(deps.db, async (trx) => {
    const existing = await findTenantPack(trx, actor.tenantId, input.packId, input.version);
    if (!existing) {
      throw new AppError('pack.not_found', `No uploaded version "${input.version}" of ${input.packId}`);
    }
    if (existing.status === 'published') {
      throw new AppError('pack.conflict', `Version "${input.version}" is already published`);
    }
    const row = await markTenantPackPublished(trx, actor.tenantId, existing.id, describeActor(actor), now);
    await recordAudit(trx, {
      actor,
      action: 'pack.published',
      entityType: 'pack_version',
      entityId: row.id,
      before: { status: existing.status },
      after: {
        packId: row.pack_id,
        version: row.version,
        effectiveFrom: row.effective_from,
        status: row.status,
      },
      at: now,
    });
    await recordEvent(trx, {
      tenantId: actor.tenantId,
      type: 'pack.published',
      entityType: 'pack_version',
      entityId: row.id,
      data: { packId: row.pack_id, version: row.version, effectiveFrom: row.effective_from },
      occurredAt: now,
    });
    return row;
  });
}
