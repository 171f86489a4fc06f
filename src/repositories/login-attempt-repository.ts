import { sql } from 'kysely';
import { newId } from '../db/new-id.js';
import type { TDb } from '../db/schema.js';

export async function recordLoginAttempt(
  db: TDb,
  attempt: { tenantId: string; email: string; ip: string; succeeded: boolean; at: Date },
): Promise<string> {
  const id = newId(attempt.at.getTime());
  await db
    .insertInto('login_attempts')
    .values({
      tenant_id: attempt.tenantId,
      id,
      email: attempt.email,
      ip: attempt.ip,
      succeeded: attempt.succeeded,
      at: attempt.at,
    })
    .execute();
  return id;
}

export type TFailureWindow = { count: number; oldest: Date | null };

/** Failures for (tenant, email) since the window start and since the last successful login. */
export function countRecentEmailFailures(
  db: TDb,
  tenantId: string,
  email: string,
  since: Date,
): Promise<TFailureWindow> {
  return countFailuresSinceSuccess(db, { tenantId, email, ip: null, since });
}

/** Failures from one IP across all tenants since the window start. */
export async function countRecentIpFailures(db: TDb, ip: string, since: Date): Promise<TFailureWindow> {
  const row = await db
    .selectFrom('login_attempts')
    .select((eb) => [eb.fn.countAll<number>().as('count'), eb.fn.min('at').as('oldest')])
    .where('ip', '=', ip)
    .where('succeeded', '=', false)
    .where('at', '>=', since)
    .executeTakeFirstOrThrow();
  return { count: Number(row.count), oldest: row.oldest ? new Date(row.oldest) : null };
}

/** Deletes login attempts older than `before`, across tenants (maintenance). */
export async function deleteLoginAttemptsBefore(db: TDb, before: Date): Promise<number> {
  const result = await db.deleteFrom('login_attempts').where('at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * Serialises login decisions for one key (client address, or tenant + email) until the transaction
 * ends, so "count the failures, decide, record the attempt" cannot interleave (issue 13, item 2).
 */
export async function lockLoginKey(trx: TDb, key: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtextextended(${`login:${key}`}, 0))`.execute(trx);
}

/** Failures for (tenant, email) from one client address since the window start and the last success. */
export function countRecentClientFailures(
  db: TDb,
  tenantId: string,
  email: string,
  ip: string,
  since: Date,
): Promise<TFailureWindow> {
  return countFailuresSinceSuccess(db, { tenantId, email, ip, since });
}

/** Failures for (tenant, email[, ip]) since `since` and after the last success of that email. */
async function countFailuresSinceSuccess(
  db: TDb,
  key: { tenantId: string; email: string; ip: string | null; since: Date },
): Promise<TFailureWindow> {
  const lastSuccess = db
    .selectFrom('login_attempts')
    .select((eb) => eb.fn.max('at').as('at'))
    .where('tenant_id', '=', key.tenantId)
    .where('email', '=', key.email)
    .where('succeeded', '=', true)
    .where('at', '>=', key.since);
  const row = await db
    .selectFrom('login_attempts')
    .select((eb) => [eb.fn.countAll<number>().as('count'), eb.fn.min('at').as('oldest')])
    .where('tenant_id', '=', key.tenantId)
    .where('email', '=', key.email)
    .$if(key.ip !== null, (qb) => qb.where('ip', '=', key.ip ?? ''))
    .where('succeeded', '=', false)
    .where('at', '>=', key.since)
    .where((eb) => eb.or([eb(lastSuccess, 'is', null), eb('at', '>', lastSuccess)]))
    .executeTakeFirstOrThrow();
  return { count: Number(row.count), oldest: row.oldest ? new Date(row.oldest) : null };
}

/** Turns a reserved (pessimistically failed) attempt into a success once the password matched. */
export async function markLoginAttemptSucceeded(db: TDb, tenantId: string, id: string): Promise<void> {
  await db
    .updateTable('login_attempts')
    .set({ succeeded: true })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .execute();
}
