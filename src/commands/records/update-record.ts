import type { TDb } from '../../db/schema.js';
import { withTransaction } from '../../db/with-transaction.js';
import { AppError } from '../../lib/app-error.js';
import type { TActor } from '../../policies/actor.js';
import { recordAudit } from '../../repositories/audit-repository.js';
import {
  findRecord,
  type TRecordRow,
  type TRecordTable,
  updateRecord,
} from '../../repositories/record-repository.js';
import { scopeOf } from '../../repositories/record-scope.js';
import { ownerOf, type TRecordResource } from './record-resource.js';

/** Updates a record in one transaction (404 if the actor cannot see it, 403 if it may not change it); audited with before/after. */
export async function updateRecordCommand<K extends TRecordTable>(
  deps: { db: TDb },
  actor: TActor,
  resource: TRecordResource<K>,
  id: string,
  changes: Record<string, unknown>,
  now: Date,
): Promise<TRecordRow<K>> {
  return withTransaction(deps.db, async (trx) => {
    const existing = await findRecord(trx, resource.table, scopeOf(actor), id);
    if (!existing) throw new AppError(resource.notFound, `No such ${resource.entityType}`);
    const owner = ownerOf(resource.table, existing as Record<string, unknown>);
    if (!resource.policy.can(actor, 'update', owner)) {
      throw new AppError('auth.forbidden', `You may not change this ${resource.entityType}`);
    }
    const prepared = resource.prepare ? await resource.prepare(trx, actor, changes, existing, now) : changes;
    const before: Record<string, unknown> = {};
    for (const key of Object.keys(prepared)) before[key] = (existing as Record<string, unknown>)[key];
    const row = await updateRecord(trx, resource.table, actor.tenantId, id, { ...prepared, updated_at: now });
    if (!row) throw new AppError(resource.notFound, `No such ${resource.entityType}`);
    await recordAudit(trx, {
      actor,
      action: `${resource.entityType}.updated`,
      entityType: resource.entityType,
      entityId: id,
      before,
      after: prepared,
      at: now,
    });
    if (resource.afterWrite) await resource.afterWrite(trx, actor, row, now);
    return row;
  });
}
