import type { Insertable } from 'kysely';
import type { TDb } from '../db/schema.js';
import type {
  TUsageDailySummariesTable,
  TUsageInstallationRow,
  TUsageInstallationsTable,
  TUsageOptOutRow,
  TUsageSummaryRow,
} from '../db/schema-training.js';

export async function insertUsageInstallation(
  db: TDb,
  values: Insertable<TUsageInstallationsTable>,
): Promise<TUsageInstallationRow> {
  return db.insertInto('usage_installations').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function listUsageInstallations(
  db: TDb,
  tenantId: string,
  accountId: string | null,
): Promise<TUsageInstallationRow[]> {
  let q = db.selectFrom('usage_installations').selectAll().where('tenant_id', '=', tenantId);
  if (accountId !== null) q = q.where('account_id', '=', accountId);
  return q.orderBy('created_at').execute();
}

/** The live installation with this token hash (tenant first, as everywhere). */
export async function findInstallationByTokenHash(
  db: TDb,
  tenantId: string,
  tokenHash: string,
): Promise<TUsageInstallationRow | undefined> {
  return db
    .selectFrom('usage_installations')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}

export async function findUsageOptOut(
  db: TDb,
  tenantId: string,
  accountId: string,
): Promise<TUsageOptOutRow | undefined> {
  return db
    .selectFrom('usage_opt_outs')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('account_id', '=', accountId)
    .executeTakeFirst();
}

export async function insertUsageOptOut(db: TDb, values: TUsageOptOutRow): Promise<void> {
  await db
    .insertInto('usage_opt_outs')
    .values(values)
    .onConflict((c) => c.columns(['tenant_id', 'account_id']).doNothing())
    .execute();
}

export async function upsertUsageSummary(
  db: TDb,
  values: Insertable<TUsageDailySummariesTable>,
): Promise<void> {
  await db
    .insertInto('usage_daily_summaries')
    .values(values)
    .onConflict((c) =>
      c.columns(['tenant_id', 'installation_id', 'day']).doUpdateSet((eb) => ({
        software_version: eb.ref('excluded.software_version'),
        summary: eb.ref('excluded.summary'),
        received_at: eb.ref('excluded.received_at'),
      })),
    )
    .execute();
}

export async function listUsageSummaries(
  db: TDb,
  tenantId: string,
  filter: { accountId: string | null; from?: string | undefined; to?: string | undefined },
): Promise<(TUsageSummaryRow & { installation_name: string })[]> {
  let q = db
    .selectFrom('usage_daily_summaries as s')
    .innerJoin('usage_installations as i', (j) =>
      j.onRef('i.tenant_id', '=', 's.tenant_id').onRef('i.id', '=', 's.installation_id'),
    )
    .selectAll('s')
    .select('i.name as installation_name')
    .where('s.tenant_id', '=', tenantId);
  if (filter.accountId !== null) q = q.where('s.account_id', '=', filter.accountId);
  if (filter.from) q = q.where('s.day', '>=', filter.from);
  if (filter.to) q = q.where('s.day', '<=', filter.to);
  return q.orderBy('s.day').orderBy('i.name').limit(5000).execute();
}

/** Whether the case exists and belongs to the account (an opt-out is recorded from the customer's case). */
export async function caseBelongsToAccount(
  db: TDb,
  tenantId: string,
  caseId: string,
  accountId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('cases')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('id', '=', caseId)
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  return row !== undefined;
}

/** Marks an installation's token revoked (once); undefined when no such live installation. */
export async function revokeUsageInstallation(
  db: TDb,
  tenantId: string,
  id: string,
  now: Date,
): Promise<TUsageInstallationRow | undefined> {
  return db
    .updateTable('usage_installations')
    .set({ revoked_at: now })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
}
