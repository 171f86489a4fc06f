import type { ColumnType, Generated, Selectable } from 'kysely';
import type { TJson, TTimestamp } from './schema.js';

/** Tables of the job queue, outbox, email, webhooks and notification preferences (see schema.ts). */
export const jobStatuses = ['queued', 'running', 'succeeded', 'failed'] as const;
export type TJobStatus = (typeof jobStatuses)[number];

export type TJobsTable = {
  id: string;
  definition: string;
  queue: Generated<string>;
  tenant_id: string | null;
  payload: TJson;
  dedupe_key: string | null;
  status: TJobStatus;
  run_at: TTimestamp;
  attempts: Generated<number>;
  max_attempts: number;
  locked_by: string | null;
  locked_until: TTimestamp | null;
  last_error: string | null;
  created_at: TTimestamp;
  finished_at: TTimestamp | null;
};

export type TOutboxEventsTable = {
  tenant_id: string;
  id: string;
  type: string;
  entity_type: string;
  entity_id: string;
  payload: TJson;
  occurred_at: TTimestamp;
  dispatched_at: TTimestamp | null;
};

export type TEmailMessagesTable = {
  tenant_id: string;
  id: string;
  event_id: string | null;
  to_address: string;
  subject: string;
  body: string;
  status: 'pending' | 'sent' | 'failed';
  send_after: TTimestamp;
  attempts: Generated<number>;
  last_error: string | null;
  created_at: TTimestamp;
  sent_at: TTimestamp | null;
};

export type TWebhookEndpointsTable = {
  tenant_id: string;
  id: string;
  url: string;
  secret: string;
  event_types: string[];
  active: Generated<boolean>;
  created_at: TTimestamp;
};

export type TWebhookDeliveryLogEntry = {
  at: string;
  attempt: number;
  statusCode: number | null;
  error: string | null;
};

export type TWebhookDeliveriesTable = {
  tenant_id: string;
  id: string;
  endpoint_id: string;
  event_id: string;
  event_type: string;
  body: string;
  status: 'pending' | 'delivered' | 'failed';
  attempts: Generated<number>;
  last_status_code: number | null;
  last_error: string | null;
  log: ColumnType<TWebhookDeliveryLogEntry[], string | undefined, string>;
  replay_of: string | null;
  created_at: TTimestamp;
  delivered_at: TTimestamp | null;
};

export type TNotificationPreferencesTable = {
  tenant_id: string;
  user_id: string;
  event_type: string;
  email: boolean;
  updated_at: TTimestamp;
};

export type TMilestoneTimersTable = {
  tenant_id: string;
  milestone_id: string;
  case_id: string;
  /** The milestone due instant `warn_at` was computed for (a changed due means recompute). */
  due_at: TTimestamp;
  warn_at: TTimestamp;
  threshold: number;
};

export type TCasePausesTable = {
  tenant_id: string;
  id: string;
  case_id: string;
  paused_at: TTimestamp;
  resumed_at: TTimestamp | null;
  reason: string;
};

export type TCaseRetargetsTable = {
  tenant_id: string;
  id: string;
  case_id: string;
  milestone: string;
  change: string;
  rule: string;
  reason: string;
  actor: string;
  at: TTimestamp;
  previous_due: TTimestamp | null;
  new_due: TTimestamp | null;
  previous_kind: string | null;
  new_kind: string | null;
  details: TJson;
};

export type TCaseEscalationsTable = {
  tenant_id: string;
  id: string;
  case_id: string;
  kind: 'tier' | 'support_manager' | 'follow_the_sun';
  from_tier: number | null;
  to_tier: number | null;
  category: string | null;
  evidence: ColumnType<string[], string[] | undefined, string[]>;
  details: TJson;
  reason: string;
  actor: string;
  at: TTimestamp;
};

export type TAccountPinsTable = {
  tenant_id: string;
  account_id: string;
  pin_hash: string;
  updated_at: TTimestamp;
};

export type TPinAttemptsTable = {
  tenant_id: string;
  id: string;
  account_id: string;
  succeeded: boolean;
  actor: string;
  at: TTimestamp;
};

/** A caller's Premium Support PIN checked by an agent: single use, short-lived (C8). */
export type TPhoneVerificationsTable = {
  tenant_id: string;
  id: string;
  account_id: string;
  /** Audit label of the agent who checked it; only they may use it. */
  actor: string;
  created_at: TTimestamp;
  expires_at: TTimestamp;
  used_at: TTimestamp | null;
  case_id: string | null;
};

export type TJobTables = {
  milestone_timers: TMilestoneTimersTable;
  case_pauses: TCasePausesTable;
  case_retargets: TCaseRetargetsTable;
  case_escalations: TCaseEscalationsTable;
  account_pins: TAccountPinsTable;
  pin_attempts: TPinAttemptsTable;
  phone_verifications: TPhoneVerificationsTable;
  jobs: TJobsTable;
  outbox_events: TOutboxEventsTable;
  email_messages: TEmailMessagesTable;
  webhook_endpoints: TWebhookEndpointsTable;
  webhook_deliveries: TWebhookDeliveriesTable;
  notification_preferences: TNotificationPreferencesTable;
};

export type TJobRow = Selectable<TJobsTable>;
export type TOutboxEventRow = Selectable<TOutboxEventsTable>;
export type TEmailMessageRow = Selectable<TEmailMessagesTable>;
export type TWebhookEndpointRow = Selectable<TWebhookEndpointsTable>;
export type TWebhookDeliveryRow = Selectable<TWebhookDeliveriesTable>;
export type TCaseRetargetRow = Selectable<TCaseRetargetsTable>;
export type TCaseEscalationRow = Selectable<TCaseEscalationsTable>;
export type TCasePauseRow = Selectable<TCasePausesTable>;
