import { setTimeout as sleep } from 'node:timers/promises';
import type { TDb } from '../../db/schema.js';
import type { TClock } from '../../lib/clock.js';
import { findIdempotencyKey, reserveIdempotencyKey } from '../../repositories/idempotency-key-repository.js';

/** How long a key is remembered, and how long a request may hold it before a retry may take over. */
export const idempotencyKeyLifetimeMs = 24 * 60 * 60 * 1000;
export const idempotencyKeyLeaseMs = 60_000;

export type TIdempotencyClaim = { tenantId: string; key: string; fingerprint: string };

export type TIdempotencyOutcome =
  | { kind: 'reserved' }
  | { kind: 'replay'; status: number; body: string; type: string }
  | { kind: 'mismatch' }
  | { kind: 'in_progress' };

export type TClaimOptions = { polls?: number; pollMs?: number };

/**
 * Decides what a request carrying an Idempotency-Key does: `reserved` — it is the first (or the key
 * expired) and runs; `replay` — the same request was answered before, send that answer again;
 * `mismatch` — the key was used for a different request; `in_progress` — an identical request is
 * still running after waiting `polls × pollMs` for it (parallel retries normally wait and replay).
 */
export async function claimIdempotencyKey(
  deps: { db: TDb; clock: TClock },
  claim: TIdempotencyClaim,
  options: TClaimOptions = {},
): Promise<TIdempotencyOutcome> {
  const polls = options.polls ?? 100;
  const pollMs = options.pollMs ?? 50;
  for (let poll = 0; poll <= polls; poll++) {
    const now = deps.clock();
    const reserved = await reserveIdempotencyKey(deps.db, {
      ...claim,
      now,
      lockedUntil: new Date(now.getTime() + idempotencyKeyLeaseMs),
      expiresAt: new Date(now.getTime() + idempotencyKeyLifetimeMs),
    });
    if (reserved) return { kind: 'reserved' };
    const row = await findIdempotencyKey(deps.db, claim.tenantId, claim.key);
    // Gone between the two statements: its holder gave it back; try to reserve it again.
    if (!row) continue;
    if (row.fingerprint !== claim.fingerprint) return { kind: 'mismatch' };
    if (row.status === 'completed' && row.response_status !== null) {
      return {
        kind: 'replay',
        status: row.response_status,
        body: row.response_body ?? '',
        type: row.response_type ?? 'application/json; charset=utf-8',
      };
    }
    if (poll < polls) await sleep(pollMs);
  }
  return { kind: 'in_progress' };
}
