import type { TDb } from '../db/schema.js';

export async function listWebhookEndpoints(db: TDb, tenantId: string) {
  return db
    .selectFrom('webhook_endpoints')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .orderBy('id')
    .execute();
}

export async function findWebhookEndpoint(db: TDb, tenantId: string, id: string) {
  return db
    .selectFrom('webhook_endpoints')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Newest first, keyset on id. */
export async function listWebhookDeliveries(
  db: TDb,
  input: { tenantId: string; endpointId: string; beforeId: string | null; limit: number },
) {
  return db
    .selectFrom('webhook_deliveries')
    .selectAll()
    .where('tenant_id', '=', input.tenantId)
    .where('endpoint_id', '=', input.endpointId)
    .$if(input.beforeId !== null, (qb) => qb.where('id', '<', input.beforeId ?? ''))
    .orderBy('id', 'desc')
    .limit(input.limit)
    .execute();
}

export async function setWebhookEndpointActive(db: TDb, tenantId: string, id: string, active: boolean) {
  return db
    .updateTable('webhook_endpoints')
    .set({ active })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}
