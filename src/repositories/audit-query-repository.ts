import type { TAuditLogRow, TDb } from '../db/schema.js';

/** Keyset page of the tenant's audit log, newest first, optionally for one entity type / entity. */
export async function listAuditEntries(
  db: TDb,
  tenantId: string,
  filter: { entityType?: string | undefined; entityId?: string | undefined },
  page: { beforeId: string | null; limit: number },
): Promise<TAuditLogRow[]> {
  return db
    .selectFrom('audit_log')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .$if(filter.entityType !== undefined, (q) => q.where('entity_type', '=', filter.entityType as string))
    .$if(filter.entityId !== undefined, (q) => q.where('entity_id', '=', filter.entityId as string))
    .$if(page.beforeId !== null, (q) => q.where('id', '<', page.beforeId as string))
    .orderBy('id', 'desc')
    .limit(page.limit)
    .execute();
}
