import type { Selectable } from 'kysely';
import type { TTimestamp } from './schema.js';

/** A reserved or answered Idempotency-Key of one tenant (see src/routes/idempotency-key.ts). */
export type TIdempotencyKeysTable = {
  tenant_id: string;
  key: string;
  /** sha256 of method, URL, actor and canonical body: a reuse with anything else is refused. */
  fingerprint: string;
  status: 'in_progress' | 'completed';
  response_status: number | null;
  response_body: string | null;
  response_type: string | null;
  /** While in progress: after this instant a crashed request's reservation may be taken over. */
  locked_until: TTimestamp;
  created_at: TTimestamp;
  expires_at: TTimestamp;
};

export type TIdempotencyTables = { idempotency_keys: TIdempotencyKeysTable };
export type TIdempotencyKeyRow = Selectable<TIdempotencyKeysTable>;
