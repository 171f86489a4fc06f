import { z } from 'zod';
import type { TWebhookDeliveryRow, TWebhookEndpointRow } from '../db/schema-jobs.js';

export const ZWebhookEndpointView = z
  .object({
    id: z.uuid(),
    url: z.string(),
    eventTypes: z.array(z.string()),
    active: z.boolean(),
    createdAt: z.iso.datetime(),
    /** Only in the response that created the endpoint. */
    secret: z.string().optional(),
  })
  .meta({ id: 'WebhookEndpoint' });

export const ZWebhookDeliveryView = z
  .object({
    id: z.uuid(),
    endpointId: z.uuid(),
    eventId: z.uuid(),
    eventType: z.string(),
    status: z.enum(['pending', 'delivered', 'failed']),
    attempts: z.number().int(),
    lastStatusCode: z.number().int().nullable(),
    lastError: z.string().nullable(),
    replayOf: z.uuid().nullable(),
    createdAt: z.iso.datetime(),
    deliveredAt: z.iso.datetime().nullable(),
    log: z.array(
      z.object({
        at: z.string(),
        attempt: z.number().int(),
        statusCode: z.number().int().nullable(),
        error: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'WebhookDelivery' });

export function presentWebhookEndpoint(row: TWebhookEndpointRow, options: { withSecret?: boolean } = {}) {
  return {
    id: row.id,
    url: row.url,
    eventTypes: row.event_types,
    active: row.active,
    createdAt: row.created_at.toISOString(),
    ...(options.withSecret ? { secret: row.secret } : {}),
  };
}

export function presentWebhookDelivery(row: TWebhookDeliveryRow) {
  return {
    id: row.id,
    endpointId: row.endpoint_id,
    eventId: row.event_id,
    eventType: row.event_type,
    status: row.status,
    attempts: row.attempts,
    lastStatusCode: row.last_status_code,
    lastError: row.last_error,
    replayOf: row.replay_of,
    createdAt: row.created_at.toISOString(),
    deliveredAt: row.delivered_at ? row.delivered_at.toISOString() : null,
    log: row.log,
  };
}
