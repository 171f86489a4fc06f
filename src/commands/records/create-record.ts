import { newId } from '../../db/new-id.js';
import type { TDb } from '../../db/schema.js';
import { withTransaction } from '../../db/with-transaction.js';
import { AppError } from '../../lib/app-error.js';
import type { TActor } from '../../policies/actor.js';
import { recordAudit } from '../../repositories/audit-repository.js';
import {
  accountColumnOf,
  findRecord,
  insertRecord,
  type TRecordRow,
  type TRecordTable,
} from '../../repositories/record-repository.js';
import { scopeOf } from '../../repositories/record-scope.js';
import type { TRecordResource } from './record-resource.js';

/**
 * Creates a record in one transaction: the owning account must be visible to the actor (else 404),
 * the policy must allow managing it (else 403), the resource's checks run, then insert and audit.
 */
export async function createRecord<K extends TRecordTable>(
  deps: { db: TDb },
  actor: TActor,
  resource: TRecordResource<K>,
  values: Record<string, unknown>,
  now: Date,
): Promise<TRecordRow<K>> {
  return withTransaction(deps.db, async (trx) => {
    const accountColumn = accountColumnOf[resource.table];
    const accountId = accountColumn === 'account_id' ? (values.account_id as string) : null;
    if (accountId !== null && !(await findRecord(trx, 'accounts', scopeOf(actor), accountId))) {
      throw new AppError('account.not_found', 'No such account', [
        { field: 'accountId', message: 'no such account' },
      ]);
    }
    if (!resource.policy.can(actor, 'update', { accountId })) {
      throw new AppError('auth.forbidden', `You may not create a ${resource.entityType}`);
    }
    const prepared = resource.prepare ? await resource.prepare(trx, actor, values, null, now) : values;
    const row = await insertRecord(trx, resource.table, {
      ...prepared,
      tenant_id: actor.tenantId,
      id: newId(now.getTime()),
      created_at: now,
      updated_at: now,
    });
    await recordAudit(trx, {
      actor,
      action: `${resource.entityType}.created`,
      entityType: resource.entityType,
      entityId: row.id,
      after: prepared,
      at: now,
    });
    if (resource.afterWrite) await resource.afterWrite(trx, actor, row, now);
    return row;
  });
}
