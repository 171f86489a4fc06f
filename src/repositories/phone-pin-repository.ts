import type { Selectable } from 'kysely';
import { newId } from '../db/new-id.js';
import type { TDb } from '../db/schema.js';
import type { TPhoneVerificationsTable } from '../db/schema-jobs.js';

export type TPhoneVerificationRow = Selectable<TPhoneVerificationsTable>;

/** Sets (or replaces) an account's Premium Support PIN hash. */
export async function upsertAccountPin(
  db: TDb,
  input: { tenantId: string; accountId: string; pinHash: string; at: Date },
): Promise<void> {
  await db
    .insertInto('account_pins')
    .values({
      tenant_id: input.tenantId,
      account_id: input.accountId,
      pin_hash: input.pinHash,
      updated_at: input.at,
    })
    .onConflict((conflict) =>
      conflict
        .columns(['tenant_id', 'account_id'])
        .doUpdateSet({ pin_hash: input.pinHash, updated_at: input.at }),
    )
    .execute();
}

export async function findAccountPinHash(
  db: TDb,
  tenantId: string,
  accountId: string,
): Promise<string | null> {
  const row = await db
    .selectFrom('account_pins')
    .select('pin_hash')
    .where('tenant_id', '=', tenantId)
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  return row?.pin_hash ?? null;
}

/** Locks the account row for the caller's transaction: PIN checks of one account run one at a time. */
export async function lockAccountForPinCheck(db: TDb, tenantId: string, accountId: string): Promise<void> {
  await db
    .selectFrom('accounts')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('id', '=', accountId)
    .forUpdate()
    .executeTakeFirst();
}

export async function recordPinAttempt(
  db: TDb,
  input: { tenantId: string; accountId: string; actor: string; succeeded: boolean; at: Date },
): Promise<void> {
  await db
    .insertInto('pin_attempts')
    .values({
      tenant_id: input.tenantId,
      id: newId(input.at.getTime()),
      account_id: input.accountId,
      actor: input.actor,
      succeeded: input.succeeded,
      at: input.at,
    })
    .execute();
}

/** An account's PIN attempts since `since` (oldest first), for the lockout rule. */
export async function listAccountPinAttempts(
  db: TDb,
  tenantId: string,
  accountId: string,
  since: Date,
): Promise<{ at: number; succeeded: boolean }[]> {
  const rows = await db
    .selectFrom('pin_attempts')
    .select(['at', 'succeeded'])
    .where('tenant_id', '=', tenantId)
    .where('account_id', '=', accountId)
    .where('at', '>', since)
    .orderBy('at')
    .execute();
  return rows.map((row) => ({ at: row.at.getTime(), succeeded: row.succeeded }));
}

/** How many PIN checks one agent made since `since` (any account), and the oldest of them. */
export async function countAgentPinAttempts(
  db: TDb,
  tenantId: string,
  actor: string,
  since: Date,
): Promise<{ count: number; oldest: Date | null }> {
  const row = await db
    .selectFrom('pin_attempts')
    .select((eb) => [eb.fn.countAll<number>().as('count'), eb.fn.min('at').as('oldest')])
    .where('tenant_id', '=', tenantId)
    .where('actor', '=', actor)
    .where('at', '>', since)
    .executeTakeFirstOrThrow();
  return { count: Number(row.count), oldest: row.oldest ? new Date(row.oldest) : null };
}

export async function insertPhoneVerification(
  db: TDb,
  input: { tenantId: string; accountId: string; actor: string; createdAt: Date; expiresAt: Date },
): Promise<TPhoneVerificationRow> {
  return db
    .insertInto('phone_verifications')
    .values({
      tenant_id: input.tenantId,
      id: newId(input.createdAt.getTime()),
      account_id: input.accountId,
      actor: input.actor,
      created_at: input.createdAt,
      expires_at: input.expiresAt,
      used_at: null,
      case_id: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The verification, locked for the caller's transaction (so it is used at most once). */
export async function findPhoneVerificationForUpdate(
  db: TDb,
  tenantId: string,
  id: string,
): Promise<TPhoneVerificationRow | undefined> {
  return db
    .selectFrom('phone_verifications')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export async function markPhoneVerificationUsed(
  db: TDb,
  input: { tenantId: string; id: string; caseId: string; at: Date },
): Promise<void> {
  await db
    .updateTable('phone_verifications')
    .set({ used_at: input.at, case_id: input.caseId })
    .where('tenant_id', '=', input.tenantId)
    .where('id', '=', input.id)
    .execute();
}

/** Deletes PIN attempts older than `before`, across tenants (maintenance; the audit log keeps them). */
export async function deletePinAttemptsBefore(db: TDb, before: Date): Promise<number> {
  const result = await db.deleteFrom('pin_attempts').where('at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Deletes unused PIN verifications that expired before `before`, across tenants (maintenance). */
export async function deleteUnusedPhoneVerificationsBefore(db: TDb, before: Date): Promise<number> {
  const result = await db
    .deleteFrom('phone_verifications')
    .where('used_at', 'is', null)
    .where('expires_at', '<', before)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
