import type { Insertable } from 'kysely';
import { newId } from '../db/new-id.js';
import type { TAuditLogRow, TAuditLogTable, TDb } from '../db/schema.js';
import { describeActor, type TActor } from '../policies/actor.js';

export type TAuditEntry = {
  actor: TActor;
  /** Dotted verb, e.g. `user.role_changed`, `case.escalated`. */
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  at: Date;
};

/** The audit_log row of an entry (for `recordAudit` or a combined write). */
export function auditValues(entry: TAuditEntry): Insertable<TAuditLogTable> {
  return {
    tenant_id: entry.actor.tenantId,
    id: newId(entry.at.getTime()),
    at: entry.at,
    actor: describeActor(entry.actor),
    action: entry.action,
    entity_type: entry.entityType,
    entity_id: entry.entityId,
    before: entry.before === undefined ? null : JSON.stringify(entry.before),
    after: entry.after === undefined ? null : JSON.stringify(entry.after),
  };
}

/**
 * Appends one audit record. Call it with the transaction of the write it describes, so the record
 * exists if and only if the change does. The table refuses UPDATE and DELETE.
 */
export async function recordAudit(trx: TDb, entry: TAuditEntry): Promise<void> {
  await trx.insertInto('audit_log').values(auditValues(entry)).execute();
}

export async function listAuditForEntity(
  db: TDb,
  tenantId: string,
  entityType: string,
  entityId: string,
): Promise<TAuditLogRow[]> {
  return db
    .selectFrom('audit_log')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('entity_type', '=', entityType)
    .where('entity_id', '=', entityId)
    .orderBy('at')
    .orderBy('id')
    .execute();
}
