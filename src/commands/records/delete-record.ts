import type { TDb } from '../../db/schema.js';
import { withTransaction } from '../../db/with-transaction.js';
import { AppError } from '../../lib/app-error.js';
import type { TActor } from '../../policies/actor.js';
import { recordAudit } from '../../repositories/audit-repository.js';
import { deleteRecord, findRecord, type TRecordTable } from '../../repositories/record-repository.js';
import { scopeOf } from '../../repositories/record-scope.js';
import { ownerOf, type TRecordResource } from './record-resource.js';

/**
 * Deletes a record in one transaction and audits its last state. A record still referenced (an
 * account with cases, a contract with cases) is refused by the database: 409 resource.conflict.
 */
export async function deleteRecordCommand<K extends TRecordTable>(
  deps: { db: TDb },
  actor: TActor,
  resource: TRecordResource<K>,
  id: string,
  now: Date,
): Promise<void> {
  await withTransaction(deps.db, async (trx) => {
    const existing = await findRecord(trx, resource.table, scopeOf(actor), id);
    if (!existing) throw new AppError(resource.notFound, `No such ${resource.entityType}`);
    if (!resource.policy.can(actor, 'delete', ownerOf(resource.table, existing as Record<string, unknown>))) {
      throw new AppError('auth.forbidden', `You may not delete this ${resource.entityType}`);
    }
    await deleteRecord(trx, resource.table, actor.tenantId, id);
    await recordAudit(trx, {
      actor,
      action: `${resource.entityType}.deleted`,
      entityType: resource.entityType,
      entityId: id,
      before: existing,
      at: now,
    });
  });
}
