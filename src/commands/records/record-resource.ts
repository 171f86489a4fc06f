import type { TDb } from '../../db/schema.js';
import type { TActor } from '../../policies/actor.js';
import type { TPolicy } from '../../policies/define-policy.js';
import type { TOwnedRecord, TRecordAction } from '../../policies/record-policy.js';
import type { TRecordRow, TRecordTable } from '../../repositories/record-repository.js';

/**
 * How a plain record kind is written: its table, audit entity type, not-found code, policy, and
 * optional domain checks that run inside the write's transaction.
 */
export type TRecordResource<K extends TRecordTable> = {
  table: K;
  entityType: string;
  notFound: string;
  /** Customer users may read records of this kind (their own account's). */
  customerVisible: boolean;
  policy: TPolicy<TRecordAction, TOwnedRecord>;
  /** Checks and completes the column values before an insert/update (throws AppError). */
  prepare?: (
    trx: TDb,
    actor: TActor,
    values: Record<string, unknown>,
    existing: TRecordRow<K> | null,
    now: Date,
  ) => Promise<Record<string, unknown>>;
  /** Follow-up writes in the same transaction (e.g. the named-contact limit after a plan change). */
  afterWrite?: (trx: TDb, actor: TActor, row: TRecordRow<K>, now: Date) => Promise<void>;
};

/** The account that owns a row (the row itself for accounts; null for tenant-wide products). */
export function ownerOf(table: TRecordTable, row: Record<string, unknown>): TOwnedRecord {
  if (table === 'accounts') return { accountId: row.id as string };
  const accountId = row.account_id;
  return { accountId: typeof accountId === 'string' ? accountId : null };
}
