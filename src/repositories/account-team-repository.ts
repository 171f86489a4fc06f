import type { TDb } from '../db/schema.js';
import type { TServiceReviewRow } from '../db/schema-center.js';

export type TTeamMember = { id: string; name: string; email: string; away_until: Date | null };
export type TAccountTeamRow = {
  account_id: string;
  account_name: string;
  region: string;
  support_manager: TTeamMember | null;
  assigned_engineer: TTeamMember | null;
  backup_engineer: TTeamMember | null;
};

async function findMember(db: TDb, tenantId: string, id: string | null): Promise<TTeamMember | null> {
  if (id === null) return null;
  const row = await db
    .selectFrom('users')
    .select(['id', 'name', 'email', 'away_until'])
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ?? null;
}

/** An account's team: named support manager (account_teams) and assigned / back-up engineers (accounts). */
export async function findAccountTeam(
  db: TDb,
  tenantId: string,
  accountId: string,
): Promise<TAccountTeamRow | undefined> {
  const account = await db
    .selectFrom('accounts')
    .leftJoin('account_teams as t', (join) =>
      join.onRef('t.tenant_id', '=', 'accounts.tenant_id').onRef('t.account_id', '=', 'accounts.id'),
    )
    .select([
      'accounts.id',
      'accounts.name',
      'accounts.region',
      'accounts.assigned_engineer_id',
      'accounts.backup_engineer_id',
      't.support_manager_id',
    ])
    .where('accounts.tenant_id', '=', tenantId)
    .where('accounts.id', '=', accountId)
    .executeTakeFirst();
  if (!account) return undefined;
  return {
    account_id: account.id,
    account_name: account.name,
    region: account.region,
    support_manager: await findMember(db, tenantId, account.support_manager_id ?? null),
    assigned_engineer: await findMember(db, tenantId, account.assigned_engineer_id),
    backup_engineer: await findMember(db, tenantId, account.backup_engineer_id),
  };
}

export async function upsertSupportManager(
  db: TDb,
  tenantId: string,
  accountId: string,
  supportManagerId: string | null,
  now: Date,
): Promise<void> {
  await db
    .insertInto('account_teams')
    .values({
      tenant_id: tenantId,
      account_id: accountId,
      support_manager_id: supportManagerId,
      updated_at: now,
    })
    .onConflict((conflict) =>
      conflict
        .columns(['tenant_id', 'account_id'])
        .doUpdateSet({ support_manager_id: supportManagerId, updated_at: now }),
    )
    .execute();
}

/** Site countries of an account (for phone numbers by location, IMP-48). */
export async function listAccountCountries(db: TDb, tenantId: string, accountId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('sites')
    .select('country')
    .distinct()
    .where('tenant_id', '=', tenantId)
    .where('account_id', '=', accountId)
    .where('country', 'is not', null)
    .execute();
  return rows.flatMap((row) => (row.country ? [row.country] : []));
}

export async function listServiceReviews(
  db: TDb,
  tenantId: string,
  accountId: string,
): Promise<TServiceReviewRow[]> {
  return db
    .selectFrom('service_reviews')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('account_id', '=', accountId)
    .orderBy('scheduled_for', 'desc')
    .limit(50)
    .execute();
}

export async function insertServiceReview(
  db: TDb,
  row: Omit<TServiceReviewRow, 'created_at' | 'updated_at'> & { created_at: Date; updated_at: Date },
): Promise<TServiceReviewRow> {
  return db.insertInto('service_reviews').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateServiceReview(
  db: TDb,
  tenantId: string,
  id: string,
  changes: {
    agenda?: string;
    notes?: string;
    status?: TServiceReviewRow['status'];
    scheduled_for?: Date;
    updated_at: Date;
  },
): Promise<TServiceReviewRow | undefined> {
  return db
    .updateTable('service_reviews')
    .set(changes)
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

/** The accounts' active contracts (pack, plan, product) — what the Customer Center is about. */
export async function listAccountContracts(db: TDb, tenantId: string, accountId: string) {
  return db
    .selectFrom('contracts')
    .select(['id', 'pack_id', 'pack_version', 'plan', 'product_id', 'status', 'term_start', 'term_end'])
    .where('tenant_id', '=', tenantId)
    .where('account_id', '=', accountId)
    .orderBy('term_end', 'desc')
    .execute();
}
