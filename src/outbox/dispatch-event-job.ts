import { z } from 'zod';
import { newId } from '../db/new-id.js';
import type { TDb } from '../db/schema.js';
import { defineJob } from '../jobs/define-job.js';
import { enqueueJob } from '../jobs/enqueue-job.js';
import { customerEmailSendAfter } from '../jobs/workflow/customer-email-hold.js';
import { deliverWebhookJob } from '../notifications/deliver-webhook-job.js';
import { wantsEmail } from '../notifications/notification-preferences.js';
import { sendEmailJob } from '../notifications/send-email-job.js';
import { buildWebhookBody } from '../notifications/webhook-signature.js';

const ZStoredPayload = z.object({
  data: z.record(z.string(), z.unknown()),
  email: z
    .object({
      recipients: z.array(z.object({ email: z.string(), userId: z.string().nullable() })),
      subject: z.string(),
      text: z.string(),
      sendAfter: z.string().nullable(),
    })
    .nullable(),
});

/**
 * Fans one outbox event out, once: a delivery per subscribed webhook endpoint and an email per
 * recipient who has not turned that event type off, each with its own retrying job.
 */
export const dispatchEventJob = defineJob({
  id: 'outbox.dispatch-event',
  schema: z.strictObject({ tenantId: z.uuid(), eventId: z.uuid() }),
  retry: { maxAttempts: 10, backoffMs: 5_000, maxBackoffMs: 600_000 },
  leaseMs: 60_000,
  mode: 'transactional',
  handle: async ({ payload, now, deps, db }) => {
    const event = await db
      .selectFrom('outbox_events')
      .selectAll()
      .where('tenant_id', '=', payload.tenantId)
      .where('id', '=', payload.eventId)
      .forUpdate()
      .executeTakeFirst();
    if (!event || event.dispatched_at) return;
    const stored = ZStoredPayload.parse(event.payload);

    const endpoints = await db
      .selectFrom('webhook_endpoints')
      .selectAll()
      .where('tenant_id', '=', event.tenant_id)
      .where('active', '=', true)
      .execute();
    for (const endpoint of endpoints) {
      if (!endpoint.event_types.includes('*') && !endpoint.event_types.includes(event.type)) continue;
      const deliveryId = newId(now.getTime());
      await db
        .insertInto('webhook_deliveries')
        .values({
          tenant_id: event.tenant_id,
          id: deliveryId,
          endpoint_id: endpoint.id,
          event_id: event.id,
          event_type: event.type,
          body: buildWebhookBody(event, stored.data),
          status: 'pending',
          replay_of: null,
          created_at: now,
          delivered_at: null,
        })
        .execute();
      await enqueueJob(
        db,
        deliverWebhookJob,
        { tenantId: event.tenant_id, deliveryId },
        {
          now,
          tenantId: event.tenant_id,
          dedupeKey: `webhook:${deliveryId}`,
        },
      );
    }

    if (stored.email) {
      const sendAfter = stored.email.sendAfter ? new Date(stored.email.sendAfter) : now;
      for (const recipient of stored.email.recipients) {
        if (!(await wantsEmail(db as TDb, event.tenant_id, recipient.userId, event.type))) continue;
        const sendAt = await customerEmailSendAfter(db as TDb, deps.config, event, recipient, sendAfter);
        const messageId = newId(now.getTime());
        await db
          .insertInto('email_messages')
          .values({
            tenant_id: event.tenant_id,
            id: messageId,
            event_id: event.id,
            to_address: recipient.email,
            subject: stored.email.subject,
            body: stored.email.text,
            status: 'pending',
            send_after: sendAt,
            created_at: now,
            sent_at: null,
            last_error: null,
          })
          .execute();
        await enqueueJob(
          db,
          sendEmailJob,
          { tenantId: event.tenant_id, messageId },
          {
            now,
            runAt: sendAt,
            tenantId: event.tenant_id,
            dedupeKey: `email:${messageId}`,
          },
        );
      }
    }

    await db
      .updateTable('outbox_events')
      .set({ dispatched_at: now })
      .where('tenant_id', '=', event.tenant_id)
      .where('id', '=', event.id)
      .execute();
  },
});
