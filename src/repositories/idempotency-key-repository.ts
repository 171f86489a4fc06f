import { sql } from 'kysely';
import type { TDb } from '../db/schema.js';
import type { TIdempotencyKeyRow } from '../db/schema-idempotency.js';

export type TIdempotencyReservation = {
  tenantId: string;
  key: string;
  fingerprint: string;
  now: Date;
  lockedUntil: Date;
  expiresAt: Date;
};

/**
 * Reserves (tenant, key) for one request in one statement: inserts the row, or takes over one that
 * expired or whose in-progress holder (same fingerprint) let its reservation lapse. Of parallel
 * callers exactly one gets `true` — the primary key decides, not a read-then-write.
 */
export async function reserveIdempotencyKey(db: TDb, input: TIdempotencyReservation): Promise<boolean> {
  const row = await db
    .insertInto('idempotency_keys')
    .values({
      tenant_id: input.tenantId,
      key: input.key,
      fingerprint: input.fingerprint,
      status: 'in_progress',
      locked_until: input.lockedUntil,
      created_at: input.now,
      expires_at: input.expiresAt,
    })
    .onConflict((conflict) =>
      conflict
        .columns(['tenant_id', 'key'])
        .doUpdateSet({
          fingerprint: (eb) => eb.ref('excluded.fingerprint'),
          status: 'in_progress',
          response_status: null,
          response_body: null,
          response_type: null,
          locked_until: (eb) => eb.ref('excluded.locked_until'),
          created_at: (eb) => eb.ref('excluded.created_at'),
          expires_at: (eb) => eb.ref('excluded.expires_at'),
        })
        .where((eb) =>
          eb.or([
            eb('idempotency_keys.expires_at', '<=', input.now),
            eb.and([
              eb('idempotency_keys.status', '=', 'in_progress'),
              eb('idempotency_keys.locked_until', '<=', input.now),
              eb('idempotency_keys.fingerprint', '=', sql<string>`excluded.fingerprint`),
            ]),
          ]),
        ),
    )
    .returning('key')
    .executeTakeFirst();
  return row !== undefined;
}

export async function findIdempotencyKey(
  db: TDb,
  tenantId: string,
  key: string,
): Promise<TIdempotencyKeyRow | undefined> {
  return db
    .selectFrom('idempotency_keys')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('key', '=', key)
    .executeTakeFirst();
}

/** Stores the answer of the request that holds the reservation; replays return it from now on. */
export async function completeIdempotencyKey(
  db: TDb,
  input: { tenantId: string; key: string; fingerprint: string; status: number; body: string; type: string },
): Promise<void> {
  await db
    .updateTable('idempotency_keys')
    .set({
      status: 'completed',
      response_status: input.status,
      response_body: input.body,
      response_type: input.type,
    })
    .where('tenant_id', '=', input.tenantId)
    .where('key', '=', input.key)
    .where('fingerprint', '=', input.fingerprint)
    .where('status', '=', 'in_progress')
    .execute();
}

/** Gives a reservation back (the request failed in a way a retry may fix), so the key can be used again. */
export async function releaseIdempotencyKey(
  db: TDb,
  input: { tenantId: string; key: string; fingerprint: string },
): Promise<void> {
  await db
    .deleteFrom('idempotency_keys')
    .where('tenant_id', '=', input.tenantId)
    .where('key', '=', input.key)
    .where('fingerprint', '=', input.fingerprint)
    .where('status', '=', 'in_progress')
    .execute();
}

/** Deletes keys past their 24 hours, across tenants (maintenance). */
export async function deleteExpiredIdempotencyKeys(db: TDb, now: Date): Promise<number> {
  const result = await db.deleteFrom('idempotency_keys').where('expires_at', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}
