import { newId } from '../../db/new-id.js';
import type { TDb } from '../../db/schema.js';
import type { TWebhookDeliveryRow } from '../../db/schema-jobs.js';
import { withTransaction } from '../../db/with-transaction.js';
import { enqueueJob } from '../../jobs/enqueue-job.js';
import { AppError } from '../../lib/app-error.js';
import { deliverWebhookJob } from '../../notifications/deliver-webhook-job.js';
import type { TActor } from '../../policies/actor.js';
import { recordAudit } from '../../repositories/audit-repository.js';
import { assertManagesWebhooks } from './assert-manages-webhooks.js';

/**
 * Sends a past delivery again as a new delivery (same body, same event id, `replay_of` set),
 * whatever became of the original; the receiver sees a new `x-aftercare-delivery` id.
 */
export async function replayWebhookDelivery(
  deps: { db: TDb },
  actor: TActor,
  deliveryId: string,
  now: Date,
): Promise<TWebhookDeliveryRow> {
  assertManagesWebhooks(actor);
  return withTransaction(deps.db, async (trx) => {
    const original = await trx
      .selectFrom('webhook_deliveries')
      .selectAll()
      .where('tenant_id', '=', actor.tenantId)
      .where('id', '=', deliveryId)
      .executeTakeFirst();
    if (!original) throw new AppError('webhook_delivery.not_found', 'No such delivery');
    const replay = await trx
      .insertInto('webhook_deliveries')
      .values({
        tenant_id: actor.tenantId,
        id: newId(now.getTime()),
        endpoint_id: original.endpoint_id,
        event_id: original.event_id,
        event_type: original.event_type,
        body: original.body,
        status: 'pending',
        replay_of: original.id,
        created_at: now,
        delivered_at: null,
        last_error: null,
        last_status_code: null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await enqueueJob(
      trx,
      deliverWebhookJob,
      { tenantId: actor.tenantId, deliveryId: replay.id },
      {
        now,
        tenantId: actor.tenantId,
        dedupeKey: `webhook:${replay.id}`,
      },
    );
    await recordAudit(trx, {
      actor,
      action: 'webhook_delivery.replayed',
      entityType: 'webhook_delivery',
      entityId: original.id,
      after: { replay: replay.id },
      at: now,
    });
    return replay;
  });
}
