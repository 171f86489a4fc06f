import type { Insertable } from 'kysely';
import { z } from 'zod';
import { newId } from '../db/new-id.js';
import type { TTransaction } from '../db/schema.js';
import type { TJobsTable, TOutboxEventRow, TOutboxEventsTable } from '../db/schema-jobs.js';
import { newJobValues } from '../jobs/enqueue-job.js';
import { dispatchEventJob } from './dispatch-event-job.js';

/** Someone an event's email goes to; `userId` lets their notification preferences apply. */
export const ZEmailRecipient = z.strictObject({
  email: z.email(),
  userId: z.uuid().nullable().default(null),
});
export type TEmailRecipient = z.input<typeof ZEmailRecipient>;

/** The email an event asks for. `sendAfter` holds it (e.g. to the centre's business hours). */
export const ZEventEmail = z.strictObject({
  recipients: z.array(ZEmailRecipient),
  subject: z.string().min(1),
  text: z.string(),
  sendAfter: z.iso.datetime().nullable().default(null),
});
export type TEventEmail = z.input<typeof ZEventEmail>;

export type TRecordEventInput = {
  tenantId: string;
  /** Dotted past tense, e.g. `case.escalated`, `sla.breached`. Webhook subscriptions match on it. */
  type: string;
  entityType: string;
  entityId: string;
  /** The webhook body's `data`. */
  data: Record<string, unknown>;
  email?: TEventEmail;
  occurredAt: Date;
};

/** The outbox row of an event and the job row that dispatches it (for `recordEvent` or a combined write). */
export function outboxEventValues(input: TRecordEventInput): {
  event: Insertable<TOutboxEventsTable>;
  job: Insertable<TJobsTable>;
} {
  const id = newId(input.occurredAt.getTime());
  const email = input.email ? ZEventEmail.parse(input.email) : null;
  const job = newJobValues(
    dispatchEventJob,
    { tenantId: input.tenantId, eventId: id },
    { now: input.occurredAt, tenantId: input.tenantId, dedupeKey: `outbox:${id}` },
  );
  const event = {
    tenant_id: input.tenantId,
    id,
    type: input.type,
    entity_type: input.entityType,
    entity_id: input.entityId,
    payload: JSON.stringify({ data: input.data, email }),
    occurred_at: input.occurredAt,
    dispatched_at: null,
  };
  return { event, job };
}

/**
 * Writes a domain event to the outbox in the caller's transaction, with the job that fans it out
 * to webhooks and email. Nothing leaves the building unless the command commits.
 */
export async function recordEvent(trx: TTransaction, input: TRecordEventInput): Promise<TOutboxEventRow> {
  const { event, job } = outboxEventValues(input);
  // One statement for the event and the job that dispatches it (one round trip per event).
  return trx
    .with('dispatch', (db) => db.insertInto('jobs').values(job))
    .insertInto('outbox_events')
    .values(event)
    .returningAll()
    .executeTakeFirstOrThrow();
}
