import { randomBytes } from 'node:crypto';
import { newId } from '../../db/new-id.js';
import type { TDb } from '../../db/schema.js';
import type { TWebhookEndpointRow } from '../../db/schema-jobs.js';
import { withTransaction } from '../../db/with-transaction.js';
import { AppError } from '../../lib/app-error.js';
import type { TActor } from '../../policies/actor.js';
import { recordAudit } from '../../repositories/audit-repository.js';
import { assertManagesWebhooks } from './assert-manages-webhooks.js';

export type TWebhookEndpointCreate = { url: string; eventTypes: string[] };

/** Registers a webhook endpoint with a fresh signing secret (returned once, here). */
export async function createWebhookEndpoint(
  deps: { db: TDb },
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
