import type { TDb } from '../db/schema.js';
import type { THealthCheckId, THealthCheckRow, THealthCheckStatus } from '../db/schema-training.js';

export async function listAccountHealthChecks(
  db: TDb,
  tenantId: string,
  accountId: string,
): Promise<THealthCheckRow[]> {
  return db
    .selectFrom('account_health_checks')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('account_id', '=', accountId)
    .execute();
}

/** Records one check's status (one row per account and check; the latest wins). */
export async function upsertAccountHealthCheck(
  db: TDb,
  row: {
    tenant_id: string;
    account_id: string;
    check_id: THealthCheckId;
    status: THealthCheckStatus;
    note: string;
    updated_by: string;
    updated_at: Date;
  },
): Promise<THealthCheckRow> {
  return db
    .insertInto('account_health_checks')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['tenant_id', 'account_id', 'check_id']).doUpdateSet({
        status: row.status,
        note: row.note,
        updated_by: row.updated_by,
        updated_at: row.updated_at,
      }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}
