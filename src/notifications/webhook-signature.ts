import { createHmac, timingSafeEqual } from 'node:crypto';
import type { TOutboxEventRow } from '../db/schema-jobs.js';

export const webhookHeaders = {
  event: 'x-aftercare-event',
  delivery: 'x-aftercare-delivery',
  timestamp: 'x-aftercare-timestamp',
  signature: 'x-aftercare-signature',
} as const;

/** The JSON body of a webhook: `{id, type, occurredAt, entity: {type, id}, data}`. */
export function buildWebhookBody(event: TOutboxEventRow, data: Record<string, unknown>): string {
  return JSON.stringify({
    id: event.id,
    type: event.type,
    occurredAt: event.occurred_at.toISOString(),
    entity: { type: event.entity_type, id: event.entity_id },
    data,
  });
}

/**
 * `v1=` + hex HMAC-SHA256 over `<timestamp>.<body>` with the endpoint's secret (timestamp in Unix
 * seconds, also sent in `x-aftercare-timestamp`), so a receiver can reject replays of old requests.
 */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** Receiver-side check (also used by our tests): signature matches and timestamp is recent. */
export function verifyWebhook(
  secret: string,
  input: {
    timestamp: string;
    signature: string;
    body: string;
    nowSeconds: number;
    toleranceSeconds?: number;
  },
): boolean {
  const timestamp = Number(input.timestamp);
  if (!Number.isInteger(timestamp)) return false;
  if (Math.abs(input.nowSeconds - timestamp) > (input.toleranceSeconds ?? 300)) return false;
  const expected = Buffer.from(signWebhook(secret, timestamp, input.body));
  const actual = Buffer.from(input.signature);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
