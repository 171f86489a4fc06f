import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebhookEndpoint } from '../../src/commands/workflow/create-webhook-endpoint.js';
import { replayWebhookDelivery } from '../../src/commands/workflow/replay-webhook-delivery.js';
import { withTransaction } from '../../src/db/with-transaction.js';
import type { TJobDeps } from '../../src/jobs/define-job.js';
import { builtInJobRegistry } from '../../src/jobs/job-definitions.js';
import { runDueJobs } from '../../src/jobs/run-due-jobs.js';
import { createSmtpMailer, type TMailer } from '../../src/notifications/mailer.js';
import { setNotificationPreference } from '../../src/notifications/notification-preferences.js';
import { verifyWebhook, webhookHeaders } from '../../src/notifications/webhook-signature.js';
import { recordEvent } from '../../src/outbox/record-event.js';
import { createTestTenant, getTestDatabase, testConfig } from '../helpers/index.js';
import { startHttpReceiver, startSmtpReceiver } from './fixtures/receivers.js';

const t0 = new Date('2026-11-24T15:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);

let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;
let mailer: TMailer;
beforeAll(async () => {
  smtp = await startSmtpReceiver();
  const created = createSmtpMailer({ SMTP_URL: smtp.url, MAIL_FROM: 'Aftercare <support@aftercare.test>' });
  if (!created) throw new Error('no mailer');
  mailer = created;
});
afterAll(async () => {
  mailer.close();
  await smtp.close();
});

async function setup() {
  const db = await getTestDatabase();
  const tenant = await createTestTenant(db, t0);
  const deps: TJobDeps = { db, config: testConfig(), mailer };
  const run = (now: Date) =>
    runDueJobs(deps, now, { registry: builtInJobRegistry, scope: { tenantId: tenant.tenant.id } });
  return { db, tenant, deps, run, tenantId: tenant.tenant.id };
}

describe('outbox → email', () => {
  it('emails each recipient over SMTP, except users who turned that event type off', async () => {
    const { db, tenant, run, tenantId } = await setup();
    const customer = tenant.users.customer_admin;
    const contact = tenant.users.customer_contact;
    await setNotificationPreference(db, {
      tenantId,
      userId: contact.id,
      eventType: 'case.escalated',
      email: false,
      now: t0,
    });
    await withTransaction(db, (trx) =>
      recordEvent(trx, {
        tenantId,
        type: 'case.escalated',
        entityType: 'case',
        entityId: 'case-1',
        data: { tier: 2 },
        email: {
          recipients: [
            { email: customer.email, userId: customer.id },
            { email: contact.email, userId: contact.id },
          ],
          subject: `Case escalated to Tier 2 ${tenantId}`,
          text: 'Your case was escalated to Tier 2.',
        },
        occurredAt: t0,
      }),
    );
    const result = await run(t0);
    expect(result.outcomes).toMatchObject({ succeeded: 2, failed: 0 });
    const mine = smtp.messages.filter((m) => m.raw.includes(tenantId));
    expect(mine.map((m) => m.to)).toEqual([[customer.email]]);
    expect(mine[0]?.from).toBe('support@aftercare.test');
    expect(mine[0]?.raw).toContain('Your case was escalated to Tier 2.');
    const rows = await db
      .selectFrom('email_messages')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .execute();
    expect(rows).toMatchObject([{ to_address: customer.email, status: 'sent', sent_at: t0 }]);
  });

  it('holds an email until its send-after instant', async () => {
    const { db, run, tenantId } = await setup();
    await withTransaction(db, (trx) =>
      recordEvent(trx, {
        tenantId,
        type: 'case.resolved',
        entityType: 'case',
        entityId: 'case-2',
        data: {},
        email: {
          recipients: [{ email: 'held@example.test' }],
          subject: `Held ${tenantId}`,
          text: 'held',
          sendAfter: at(3_600_000).toISOString(),
        },
        occurredAt: t0,
      }),
    );
    await run(t0);
    expect(smtp.messages.filter((m) => m.raw.includes(tenantId))).toHaveLength(0);
    await run(at(3_600_000));
    expect(smtp.messages.filter((m) => m.raw.includes(tenantId))).toHaveLength(1);
  });

  it('sends nothing for an event whose transaction rolled back', async () => {
    const { db, run, tenantId } = await setup();
    await expect(
      withTransaction(db, async (trx) => {
        await recordEvent(trx, {
          tenantId,
          type: 'case.resolved',
          entityType: 'case',
          entityId: 'case-3',
          data: {},
          email: { recipients: [{ email: 'x@example.test' }], subject: `Rolled back ${tenantId}`, text: 'x' },
          occurredAt: t0,
        });
        throw new Error('command failed');
      }),
    ).rejects.toThrow('command failed');
    expect((await run(t0)).ran).toBe(0);
    expect(
      await db.selectFrom('outbox_events').select('id').where('tenant_id', '=', tenantId).execute(),
    ).toEqual([]);
  });
});

describe('outbox → webhooks', () => {
  it('POSTs a signed body to each subscribed endpoint and logs the delivery', async () => {
    const { db, tenant, run, tenantId } = await setup();
    const receiver = await startHttpReceiver([200]);
    const other = await startHttpReceiver([200]);
    try {
      const endpoint = await createWebhookEndpoint(
        { db, config: testConfig() },
        tenant.system,
        { url: receiver.url, eventTypes: ['sla.breached'] },
        t0,
      );
      await createWebhookEndpoint(
        { db, config: testConfig() },
        tenant.system,
        { url: other.url, eventTypes: ['case.resolved'] },
        t0,
      );
      const event = await withTransaction(db, (trx) =>
        recordEvent(trx, {
          tenantId,
          type: 'sla.breached',
          entityType: 'case',
          entityId: 'c-9',
          data: { milestone: 'first_response' },
          occurredAt: t0,
        }),
      );
      await run(t0);
      expect(other.requests).toHaveLength(0);
      expect(receiver.requests).toHaveLength(1);
      const request = receiver.requests[0];
      if (!request) throw new Error('no request');
      expect(request.headers[webhookHeaders.event]).toBe('sla.breached');
      expect(request.headers[webhookHeaders.timestamp]).toBe(String(t0.getTime() / 1000));
      expect(
        verifyWebhook(endpoint.secret, {
          timestamp: String(request.headers[webhookHeaders.timestamp]),
          signature: String(request.headers[webhookHeaders.signature]),
          body: request.body,
          nowSeconds: t0.getTime() / 1000,
        }),
      ).toBe(true);
      expect(
        verifyWebhook('whsec_wrong', {
          timestamp: String(t0.getTime() / 1000),
          signature: String(request.headers[webhookHeaders.signature]),
          body: request.body,
          nowSeconds: t0.getTime() / 1000,
        }),
      ).toBe(false);
      expect(JSON.parse(request.body)).toEqual({
        id: event.id,
        type: 'sla.breached',
        occurredAt: t0.toISOString(),
        entity: { type: 'case', id: 'c-9' },
        data: { milestone: 'first_response' },
      });
      const delivery = await db
        .selectFrom('webhook_deliveries')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .executeTakeFirstOrThrow();
      expect(delivery).toMatchObject({
        status: 'delivered',
        attempts: 1,
        last_status_code: 200,
        delivered_at: t0,
      });
      expect(delivery.log).toEqual([{ at: t0.toISOString(), attempt: 1, statusCode: 200, error: null }]);
      expect(request.headers[webhookHeaders.delivery]).toBe(delivery.id);
    } finally {
      await receiver.close();
      await other.close();
    }
  });

  it('retries a failed delivery with backoff, then replays it on request', async () => {
    const { db, tenant, run, tenantId } = await setup();
    const receiver = await startHttpReceiver([500, 503, 200]);
    try {
      await createWebhookEndpoint(
        { db, config: testConfig() },
        tenant.system,
        { url: receiver.url, eventTypes: ['*'] },
        t0,
      );
      await withTransaction(db, (trx) =>
        recordEvent(trx, {
          tenantId,
          type: 'case.escalated',
          entityType: 'case',
          entityId: 'c-1',
          data: {},
          occurredAt: t0,
        }),
      );
      await run(t0);
      await run(at(29_999));
      expect(receiver.requests).toHaveLength(1);
      await run(at(30_000));
      expect(receiver.requests).toHaveLength(2);
      await run(at(90_000));
      expect(receiver.requests).toHaveLength(3);
      const delivery = await db
        .selectFrom('webhook_deliveries')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .executeTakeFirstOrThrow();
      expect(delivery.status).toBe('delivered');
      expect(delivery.log.map((entry) => [entry.attempt, entry.statusCode, entry.error])).toEqual([
        [1, 500, 'HTTP 500'],
        [2, 503, 'HTTP 503'],
        [3, 200, null],
      ]);
      // Every attempt of one delivery carries the same delivery id (receivers de-duplicate on it).
      expect(new Set(receiver.requests.map((r) => r.headers[webhookHeaders.delivery])).size).toBe(1);

      const replay = await replayWebhookDelivery({ db }, tenant.system, delivery.id, at(100_000));
      await run(at(100_000));
      expect(receiver.requests).toHaveLength(4);
      expect(receiver.requests[3]?.body).toBe(delivery.body);
      expect(receiver.requests[3]?.headers[webhookHeaders.delivery]).toBe(replay.id);
      const replayed = await db
        .selectFrom('webhook_deliveries')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('id', '=', replay.id)
        .executeTakeFirstOrThrow();
      expect(replayed).toMatchObject({ status: 'delivered', replay_of: delivery.id });
    } finally {
      await receiver.close();
    }
  });

  it('marks a delivery failed after its last attempt', async () => {
    const { db, tenant, deps, tenantId } = await setup();
    await createWebhookEndpoint(
      { db, config: testConfig() },
      tenant.system,
      { url: 'http://127.0.0.1:9/nothing-listens', eventTypes: ['*'] },
      t0,
    );
    await withTransaction(db, (trx) =>
      recordEvent(trx, {
        tenantId,
        type: 'case.escalated',
        entityType: 'case',
        entityId: 'c-2',
        data: {},
        occurredAt: t0,
      }),
    );
    let now = t0;
    for (let attempt = 0; attempt < 9; attempt++) {
      await runDueJobs(deps, now, { registry: builtInJobRegistry, scope: { tenantId } });
      now = at(attempt * 7 * 3_600_000 + 7 * 3_600_000);
    }
    const delivery = await db
      .selectFrom('webhook_deliveries')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .executeTakeFirstOrThrow();
    expect(delivery).toMatchObject({ status: 'failed', attempts: 8 });
    expect(delivery.log).toHaveLength(8);
    const job = await db
      .selectFrom('jobs')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('definition', '=', 'notifications.deliver-webhook')
      .executeTakeFirstOrThrow();
    expect(job.status).toBe('failed');
  });
});
