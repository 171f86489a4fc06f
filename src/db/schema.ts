import type { ColumnType, Insertable, Kysely, Selectable, Transaction, Updateable } from 'kysely';
import type { TCenterTables } from './schema-center.js';
import type { TContractTables } from './schema-contracts.js';
import type { TIdempotencyTables } from './schema-idempotency.js';
import type { TJobTables } from './schema-jobs.js';
import type { TPackTables } from './schema-packs.js';
import type { TRecordTables } from './schema-records.js';
import type { TReleaseTables } from './schema-releases.js';
import type { TRmaTables } from './schema-rma.js';
import type { TTrainingTables } from './schema-training.js';

/**
 * Kysely table types. Conventions: `id`/`*_id` are UUID strings; `timestamptz` columns read as
 * `Date` and accept `Date` or ISO strings; `date` columns read as 'YYYY-MM-DD' strings; `bigint`
 * reads as `number`; `numeric` reads as string; `jsonb` reads as parsed JSON — write it with
 * `JSON.stringify(value)` so arrays are not mistaken for PostgreSQL arrays.
 */
export type TTimestamp = ColumnType<Date, Date | string, Date | string>;
export type TCreatedAt = ColumnType<Date, Date | string | undefined, never>;
export type TJson = ColumnType<unknown, string | null, string | null>;

export const userRoles = [
  'vendor_admin',
  'support_manager',
  'agent',
  'customer_admin',
  'customer_contact',
] as const;
export type TUserRole = (typeof userRoles)[number];

export type TTenantsTable = {
  id: string;
  slug: string;
  name: string;
  created_at: TCreatedAt;
};

export type TUsersTable = {
  tenant_id: string;
  id: string;
  email: string;
  name: string;
  password_hash: string | null;
  role: TUserRole;
  account_id: string | null;
  disabled_at: TTimestamp | null;
  /** Marked away until then (an assigned engineer's back-up takes new cases meanwhile). */
  away_until: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  created_at: TCreatedAt;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
};

export type TSessionsTable = {
  tenant_id: string;
  id: string;
  user_id: string;
  token_hash: string;
  csrf_token: string;
  ip: string | null;
  user_agent: string | null;
  created_at: TCreatedAt;
  expires_at: TTimestamp;
};

export type TApiTokensTable = {
  tenant_id: string;
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  token_prefix: string;
  scopes: string[];
  created_at: TCreatedAt;
  expires_at: TTimestamp | null;
  last_used_at: TTimestamp | null;
  revoked_at: TTimestamp | null;
};

export type TLoginAttemptsTable = {
  tenant_id: string;
  id: string;
  email: string;
  ip: string;
  succeeded: boolean;
  at: TTimestamp;
};

export type TAuditLogTable = {
  tenant_id: string;
  id: string;
  at: TTimestamp;
  actor: string;
  action: string;
  entity_type: string;
  entity_id: string;
  before: TJson;
  after: TJson;
};

/** Add each new table here (and its migration in ./migrations). */
export type TDatabase = TRecordTables & {
  tenants: TTenantsTable;
  users: TUsersTable;
  sessions: TSessionsTable;
  api_tokens: TApiTokensTable;
  login_attempts: TLoginAttemptsTable;
  audit_log: TAuditLogTable;
} & TJobTables &
  TPackTables &
  TReleaseTables &
  TCenterTables &
  TTrainingTables &
  TContractTables &
  TIdempotencyTables &
  TRmaTables;

/** The whole database, or a transaction on it: repositories accept either. */
export type TDb = Kysely<TDatabase>;
export type TTransaction = Transaction<TDatabase>;
/** Alias used by the shared seams (entitlement, prices): a database or a transaction. */
export type TDbOrTransaction = TDb;

export type TTenantRow = Selectable<TTenantsTable>;
export type TUserRow = Selectable<TUsersTable>;
export type TNewUser = Insertable<TUsersTable>;
export type TUserUpdate = Updateable<TUsersTable>;
export type TSessionRow = Selectable<TSessionsTable>;
export type TApiTokenRow = Selectable<TApiTokensTable>;
export type TAuditLogRow = Selectable<TAuditLogTable>;
