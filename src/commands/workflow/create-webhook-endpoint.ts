import { randomBytes } from 'node:crypto';
import type { TConfig } from '../../config.js';
import { newId } from '../../db/new-id.js';
import type { TDb } from '../../db/schema.js';
import type { TWebhookEndpointRow } from '../../db/schema-jobs.js';
import { withTransaction } from '../../db/with-transaction.js';
import { AppError } from '../../lib/app-error.js';
import { refuseWebhookUrl } from '../../lib/webhook-address.js';
import type { TActor } from '../../policies/actor.js';
import { recordAudit } from '../../repositories/audit-repository.js';
import { assertManagesWebhooks } from './assert-manages-webhooks.js';

export type TWebhookEndpointCreate = { url: string; eventTypes: string[] };

/**
 * Registers a webhook endpoint with a fresh signing secret (returned once, here). Internal addresses
 * (loopback, private, link-local, metadata) are refused unless listed in AFTERCARE_WEBHOOK_ALLOWED_HOSTS.
 */
export async function createWebhookEndpoint(
  deps: { db: TDb; config: Pick<TConfig, 'AFTERCARE_WEBHOOK_ALLOWED_HOSTS'> },
  actor: TActor,
  input: TWebhookEndpointCreate,
  now: Date,
): Promise<TWebhookEndpointRow> {
  assertManagesWebhooks(actor);
  let url: URL;
  try {
    url = new URL(input.url);
  } catch {
    throw new AppError('webhook.invalid_url', 'The URL is not valid', [
      { field: 'url', message: 'not a URL' },
    ]);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new AppError('webhook.invalid_url', 'Webhook URLs are http(s)', [
      { field: 'url', message: 'http(s) only' },
    ]);
  }
  const refusal = refuseWebhookUrl(url.toString(), deps.config.AFTERCARE_WEBHOOK_ALLOWED_HOSTS);
  if (refusal) {
    throw new AppError('webhook.address_not_allowed', `Webhooks may not reach this address: ${refusal}`, [
      { field: 'url', message: refusal },
    ]);
  }
  return withTransaction(deps.db, async (trx) => {
    const row = await trx
      .insertInto('webhook_endpoints')
      .values({
        tenant_id: actor.tenantId,
        id: newId(now.getTime()),
        url: url.toString(),
        secret: `whsec_${randomBytes(24).toString('base64url')}`,
        event_types: input.eventTypes.length > 0 ? input.eventTypes : ['*'],
        created_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      actor,
      action: 'webhook_endpoint.created',
      entityType: 'webhook_endpoint',
      entityId: row.id,
      after: { url: row.url, eventTypes: row.event_types },
      at: now,
    });
    return row;
  });
}
