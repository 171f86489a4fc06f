import { describe, expect, it } from 'vitest';
import { withTransaction } from '../../src/db/with-transaction.js';
import { builtInJobRegistry } from '../../src/jobs/job-definitions.js';
import { runDueJobs } from '../../src/jobs/run-due-jobs.js';
import { recordEvent } from '../../src/outbox/record-event.js';
import { createTestApp, createTestTenant, getTestDatabase, loginAs, testConfig } from '../helpers/index.js';
import { startHttpReceiver } from './fixtures/receivers.js';

const t0 = new Date('2026-11-24T15:00:00Z');

describe('webhook and notification routes', () => {
  it('lets a vendor admin register an endpoint, read its delivery log and replay a delivery', async () => {
    const db = await getTestDatabase();
    const tenant = await createTestTenant(db, t0);
    const app = await createTestApp({ clock: () => t0 });
    const admin = await loginAs(app, tenant.users.vendor_admin);
    const agent = await loginAs(app, tenant.users.agent);
    const receiver = await startHttpReceiver([200]);
    try {
      expect((await agent.post('/api/v1/webhooks', { url: receiver.url })).statusCode).toBe(403);
      const created = await admin.post('/api/v1/webhooks', {
        url: receiver.url,
        eventTypes: ['case.escalated'],
      });
      expect(created.statusCode).toBe(201);
      const endpoint = created.json() as { id: string; secret: string };
      expect(endpoint.secret).toMatch(/^whsec_/);
      const list = (await admin.get('/api/v1/webhooks')).json() as { items: { secret?: string }[] };
      expect(list.items).toHaveLength(1);
      expect(list.items[0]?.secret).toBeUndefined();

      await withTransaction(db, (trx) =>
        recordEvent(trx, {
          tenantId: tenant.tenant.id,
          type: 'case.escalated',
          entityType: 'case',
          entityId: 'c',
          data: {},
          occurredAt: t0,
        }),
      );
      await runDueJobs({ db, config: testConfig() }, t0, {
        registry: builtInJobRegistry,
        scope: { tenantId: tenant.tenant.id },
      });
      const log = (await admin.get(`/api/v1/webhooks/${endpoint.id}/deliveries`)).json() as {
        items: { id: string; status: string; attempts: number }[];
      };
      expect(log.items).toMatchObject([{ status: 'delivered', attempts: 1 }]);
      const replay = await admin.post(`/api/v1/webhooks/deliveries/${log.items[0]?.id}/replay`);
      expect(replay.statusCode).toBe(202);
      expect(replay.json()).toMatchObject({ status: 'pending', replayOf: log.items[0]?.id });
      await runDueJobs({ db, config: testConfig() }, t0, {
        registry: builtInJobRegistry,
        scope: { tenantId: tenant.tenant.id },
      });
      expect(receiver.requests).toHaveLength(2);
      const other = await createTestTenant(db, t0);
      const outsider = await loginAs(app, other.users.vendor_admin);
      expect((await outsider.get(`/api/v1/webhooks/${endpoint.id}/deliveries`)).statusCode).toBe(404);
    } finally {
      await receiver.close();
    }
  });

  it('stores a user’s notification preferences', async () => {
    const db = await getTestDatabase();
    const tenant = await createTestTenant(db, t0);
    const app = await createTestApp({ clock: () => t0 });
    const customer = await loginAs(app, tenant.users.customer_contact);
    const put = await customer.put('/api/v1/notification-preferences', {
      items: [
        { eventType: 'sla.warning', email: false },
        { eventType: '*', email: true },
      ],
    });
    expect(put.statusCode).toBe(200);
    expect((await customer.get('/api/v1/notification-preferences')).json()).toEqual({
      items: [
        { eventType: '*', email: true },
        { eventType: 'sla.warning', email: false },
      ],
    });
  });
});
