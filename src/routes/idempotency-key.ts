import { createHash } from 'node:crypto';
import {
  claimIdempotencyKey,
  type TIdempotencyClaim,
} from '../commands/idempotency/claim-idempotency-key.js';
import { AppError } from '../lib/app-error.js';
import { describeActor } from '../policies/actor.js';
import { completeIdempotencyKey, releaseIdempotencyKey } from '../repositories/idempotency-key-repository.js';
import type { TApiApp, TRouteDeps } from './api-types.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The Idempotency-Key this request reserved; its answer is stored when it is sent. */
    idempotency: TIdempotencyClaim | null;
  }
}

export const idempotencyKeyHeader = 'idempotency-key';
const keyPattern = /^[\x21-\x7e]{1,255}$/;
/** Answers a retry may change (conflicts, locks, rate limits, server errors): not remembered. */
const transientStatuses = new Set([409, 423, 429]);

/**
 * `Idempotency-Key` on every authenticated POST (issue 13 item 7): the first request with a key runs
 * and its answer (status, body) is stored for 24 hours per tenant; a retry with the same key and the
 * same request gets that answer again (header `Idempotency-Replayed: true`) and writes nothing; the
 * same key with another method, URL, caller or body is refused (422 `idempotency.key_reused`).
 * Parallel identical requests: one runs, the others wait for its answer and replay it.
 * Runs after authentication and validation, so a refused or malformed request does not use the key.
 */
export function registerIdempotencyKeys(app: TApiApp, deps: TRouteDeps): void {
  app.decorateRequest('idempotency', null);
  app.addHook('preHandler', async (request, reply) => {
    if (request.method !== 'POST' || !request.actor) return;
    const header = request.headers[idempotencyKeyHeader];
    if (header === undefined) return;
    if (typeof header !== 'string' || !keyPattern.test(header)) {
      throw new AppError(
        'idempotency.invalid_key',
        'Idempotency-Key must be 1–255 visible ASCII characters',
        [{ field: 'Idempotency-Key', message: 'must be 1–255 visible ASCII characters' }],
      );
    }
    const claim: TIdempotencyClaim = {
      tenantId: request.actor.tenantId,
      key: header,
      fingerprint: fingerprintRequest(
        request.method,
        request.url,
        describeActor(request.actor),
        request.body,
      ),
    };
    const outcome = await claimIdempotencyKey(deps, claim);
    switch (outcome.kind) {
      case 'reserved':
        request.idempotency = claim;
        return;
      case 'replay':
        reply.code(outcome.status).type(outcome.type).header('idempotency-replayed', 'true');
        return reply.send(outcome.body);
      case 'mismatch':
        throw new AppError(
          'idempotency.key_reused',
          'This Idempotency-Key was used for a different request; send a new key',
          [{ field: 'Idempotency-Key', message: 'used before with another method, path, caller or body' }],
        );
      case 'in_progress':
        throw new AppError(
          'idempotency.in_progress',
          'A request with this Idempotency-Key is still running; retry shortly',
          [{ field: 'Idempotency-Key', message: 'still in progress' }],
        );
    }
  });
  app.addHook('onSend', async (request, reply, payload) => {
    const claim = request.idempotency;
    if (!claim) return payload;
    request.idempotency = null;
    try {
      const status = reply.statusCode;
      if (status >= 500 || transientStatuses.has(status) || typeof payload !== 'string') {
        await releaseIdempotencyKey(deps.db, claim);
      } else {
        const type = String(reply.getHeader('content-type') ?? 'application/json; charset=utf-8');
        await completeIdempotencyKey(deps.db, { ...claim, status, body: payload, type });
      }
    } catch (error) {
      // The answer still goes out; the reservation lapses after its lease and a retry may run again.
      request.log.error({ err: error }, 'could not record the Idempotency-Key answer');
    }
    return payload;
  });
}

/** sha256 of what makes two requests "the same": method, URL, caller and the body with sorted keys. */
function fingerprintRequest(method: string, url: string, caller: string, body: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify([method, url, caller, sortKeys(body ?? null)]))
    .digest('hex');
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
  );
}
