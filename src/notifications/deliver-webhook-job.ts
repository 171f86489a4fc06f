import { z } from 'zod';
import type { TWebhookDeliveryLogEntry } from '../db/schema-jobs.js';
import { defineJob } from '../jobs/define-job.js';
import { postWebhook } from './post-webhook.js';
import { signWebhook, webhookHeaders } from './webhook-signature.js';

const timeoutMs = 10_000;

/**
 * POSTs one webhook delivery, signed (see webhook-signature.ts). A 2xx marks it delivered; anything
 * else is logged on the delivery and retried with backoff; after the last attempt it is `failed`
 * (and can be replayed). Receivers de-duplicate on `x-aftercare-delivery`. Internal addresses are
 * refused after DNS resolution and the checked address is the one connected to (post-webhook.ts).
 */
export const deliverWebhookJob = defineJob({
  id: 'notifications.deliver-webhook',
  schema: z.strictObject({ tenantId: z.uuid(), deliveryId: z.uuid() }),
  retry: { maxAttempts: 8, backoffMs: 30_000, maxBackoffMs: 6 * 3_600_000 },
  leaseMs: 60_000,
  mode: 'external',
  lane: 'bulk',
  handle: async ({ payload, job, now, deps, db }) => {
    const delivery = await db
      .selectFrom('webhook_deliveries')
      .innerJoin('webhook_endpoints', (join) =>
        join
          .onRef('webhook_endpoints.tenant_id', '=', 'webhook_deliveries.tenant_id')
          .onRef('webhook_endpoints.id', '=', 'webhook_deliveries.endpoint_id'),
      )
      .select([
        'webhook_deliveries.id',
        'webhook_deliveries.body',
        'webhook_deliveries.event_type',
        'webhook_deliveries.status',
        'webhook_deliveries.log',
        'webhook_endpoints.url',
        'webhook_endpoints.secret',
      ])
      .where('webhook_deliveries.tenant_id', '=', payload.tenantId)
      .where('webhook_deliveries.id', '=', payload.deliveryId)
      .executeTakeFirst();
    if (delivery?.status !== 'pending') return;

    const timestamp = Math.floor(now.getTime() / 1000);
    let statusCode: number | null = null;
    let error: string | null = null;
    try {
      statusCode = await postWebhook(
        delivery.url,
        {
          headers: {
            'content-type': 'application/json',
            'user-agent': 'Aftercare-Webhooks/1',
            [webhookHeaders.event]: delivery.event_type,
            [webhookHeaders.delivery]: delivery.id,
            [webhookHeaders.timestamp]: String(timestamp),
            [webhookHeaders.signature]: signWebhook(delivery.secret, timestamp, delivery.body),
          },
          body: delivery.body,
          timeoutMs,
        },
        deps.config.AFTERCARE_WEBHOOK_ALLOWED_HOSTS,
      );
      if (statusCode < 200 || statusCode >= 300) error = `HTTP ${statusCode}`;
    } catch (caught) {
      error = caught instanceof Error ? caught.message : String(caught);
    }

    const entry: TWebhookDeliveryLogEntry = {
      at: now.toISOString(),
      attempt: job.attempts,
      statusCode,
      error,
    };
    const final = job.attempts >= job.max_attempts;
    await db
      .updateTable('webhook_deliveries')
      .set({
        status: error === null ? 'delivered' : final ? 'failed' : 'pending',
        attempts: job.attempts,
        last_status_code: statusCode,
        last_error: error,
        log: JSON.stringify([...delivery.log, entry]),
        delivered_at: error === null ? now : null,
      })
      .where('tenant_id', '=', payload.tenantId)
      .where('id', '=', payload.deliveryId)
      .execute();
    if (error !== null) throw new Error(`Webhook delivery failed: ${error}`);
  },
});
