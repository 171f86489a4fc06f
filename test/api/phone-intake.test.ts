import { describe, expect, it } from 'vitest';
import { createTestApp, createTestTenant, getTestDatabase, loginAs } from '../helpers/index.js';
import { addContract } from './record-fixtures.js';

// Monday 2026-03-02 10:00 New York (in the Imprivata US centre's hours).
const inHours = new Date('2026-03-02T15:00:00Z');

async function premiumTenant() {
  const tenant = await createTestTenant();
  await addContract(tenant.system, tenant.accountId, { plan: 'premium' });
  return tenant;
}

describe('PUT /api/v1/accounts/:id/pin', () => {
  it('lets the account’s customer admin and a vendor admin set the PIN, stored argon2id-hashed and never echoed or audited', async () => {
    const app = await createTestApp({ clock: () => inHours });
    const tenant = await premiumTenant();
    const customerAdmin = await loginAs(app, tenant.users.customer_admin);
    const set = await customerAdmin.put(`/api/v1/accounts/${tenant.accountId}/pin`, { pin: '24681357' });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toEqual({
      accountId: tenant.accountId,
      pinSet: true,
      updatedAt: inHours.toISOString(),
    });
    expect(set.body).not.toContain('24681357');
    const db = await getTestDatabase();
    const stored = await db
      .selectFrom('account_pins')
      .selectAll()
      .where('tenant_id', '=', tenant.tenant.id)
      .executeTakeFirstOrThrow();
    expect(stored.pin_hash).toMatch(/^\$argon2id\$/);
    const admin = await loginAs(app, tenant.users.vendor_admin);
    expect((await admin.put(`/api/v1/accounts/${tenant.accountId}/pin`, { pin: '9999' })).statusCode).toBe(
      200,
    );
    const audit = await admin.get(`/api/v1/audit?entityType=account&entityId=${tenant.accountId}`);
    const actions = audit.json().items.map((item: { action: string }) => item.action);
    expect(actions.filter((action: string) => action === 'account.pin_set')).toHaveLength(2);
    expect(audit.body).not.toContain('24681357');
    expect(audit.body).not.toContain('9999"');
  });

  it('refuses a malformed PIN (400 naming pin), other roles (403) and another tenant’s account (404)', async () => {
    const app = await createTestApp({ clock: () => inHours });
    const tenant = await premiumTenant();
    const admin = await loginAs(app, tenant.users.vendor_admin);
    for (const pin of ['123', '1234567890123', '12a4']) {
      const bad = await admin.put(`/api/v1/accounts/${tenant.accountId}/pin`, { pin });
      expect(bad.statusCode, pin).toBe(400);
      expect(bad.json().error.details[0].field).toBe('pin');
    }
    for (const role of ['agent', 'support_manager', 'customer_contact'] as const) {
      const client = await loginAs(app, tenant.users[role]);
      expect(
        (await client.put(`/api/v1/accounts/${tenant.accountId}/pin`, { pin: '1234' })).statusCode,
        role,
      ).toBe(403);
    }
    const other = await createTestTenant();
    const intruder = await loginAs(app, other.users.vendor_admin);
    const foreign = await intruder.put(`/api/v1/accounts/${tenant.accountId}/pin`, { pin: '1234' });
    expect(foreign.statusCode).toBe(404);
  });
});

describe('POST /api/v1/phone-intake/verify', () => {
  it('verifies the right PIN (single-use id, 10 minutes) and refuses a wrong one with 401, auditing both without the PIN', async () => {
    const app = await createTestApp({ clock: () => inHours });
    const tenant = await premiumTenant();
    const admin = await loginAs(app, tenant.users.vendor_admin);
    await admin.put(`/api/v1/accounts/${tenant.accountId}/pin`, { pin: '482913' });
    const agent = await loginAs(app, tenant.users.agent);
    const wrong = await agent.post('/api/v1/phone-intake/verify', {
      accountId: tenant.accountId,
      pin: '000000',
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe('phone.pin_invalid');
    const right = await agent.post('/api/v1/phone-intake/verify', {
      accountId: tenant.accountId,
      pin: '482913',
    });
    expect(right.statusCode).toBe(200);
    expect(right.json()).toMatchObject({
      verified: true,
      expiresAt: new Date(inHours.getTime() + 10 * 60_000).toISOString(),
    });
    expect(right.json().verificationId).toMatch(/^[0-9a-f-]{36}$/);
    const audit = await admin.get(`/api/v1/audit?entityType=account&entityId=${tenant.accountId}`);
    const actions = audit.json().items.map((item: { action: string }) => item.action);
    expect(actions).toEqual(expect.arrayContaining(['phone.pin_failed', 'phone.pin_verified']));
    expect(audit.body).not.toContain('482913');
    expect(audit.body).not.toContain('000000');
  });

  it('answers 400 naming the field, 403 to customers and 404 for another tenant’s account', async () => {
    const app = await createTestApp({ clock: () => inHours });
    const tenant = await premiumTenant();
    const agent = await loginAs(app, tenant.users.agent);
    const missing = await agent.post('/api/v1/phone-intake/verify', { accountId: tenant.accountId });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details.map((d: { field: string }) => d.field)).toContain('pin');
    for (const role of ['customer_admin', 'customer_contact'] as const) {
      const customer = await loginAs(app, tenant.users[role]);
      const refused = await customer.post('/api/v1/phone-intake/verify', {
        accountId: tenant.accountId,
        pin: '1234',
      });
      expect(refused.statusCode, role).toBe(403);
    }
    const other = await createTestTenant();
    const intruder = await loginAs(app, other.users.agent);
    const foreign = await intruder.post('/api/v1/phone-intake/verify', {
      accountId: tenant.accountId,
      pin: '1234',
    });
    expect(foreign.statusCode).toBe(404);
  });

  it('locks the account with 423 after AFTERCARE_PIN_MAX_FAILURES consecutive failures, even for the right PIN', async () => {
    let now = inHours;
    const app = await createTestApp({ clock: () => now, env: { AFTERCARE_PIN_MAX_FAILURES: '3' } });
    const tenant = await premiumTenant();
    const admin = await loginAs(app, tenant.users.vendor_admin);
    await admin.put(`/api/v1/accounts/${tenant.accountId}/pin`, { pin: '482913' });
    const agent = await loginAs(app, tenant.users.agent);
    const verify = (pin: string) =>
      agent.post('/api/v1/phone-intake/verify', { accountId: tenant.accountId, pin });
    for (let attempt = 1; attempt <= 3; attempt++) {
      const wrong = await verify('111111');
      expect(wrong.statusCode, `${attempt}`).toBe(401);
      // Each refusal says how many tries are left; the last one says until when the lock runs.
      expect(wrong.json().error.details).toContainEqual({ field: 'triesLeft', message: String(3 - attempt) });
      if (attempt === 3) {
        expect(wrong.json().error.details).toContainEqual({
          field: 'lockedUntil',
          message: new Date(now.getTime() + 15 * 60_000).toISOString(),
        });
      }
    }
    const locked = await verify('482913');
    expect(locked.statusCode).toBe(423);
    expect(locked.json().error.code).toBe('phone.pin_locked');
    expect(locked.json().error.message).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    expect(locked.json().error.details).toEqual([
      { field: 'lockedUntil', message: new Date(now.getTime() + 15 * 60_000).toISOString() },
    ]);
    expect(Number(locked.headers['retry-after'])).toBe(15 * 60);
    // Another agent is locked out too: the lock is on the account.
    const manager = await loginAs(app, tenant.users.support_manager);
    expect(
      (await manager.post('/api/v1/phone-intake/verify', { accountId: tenant.accountId, pin: '482913' }))
        .statusCode,
    ).toBe(423);
    now = new Date(inHours.getTime() + 15 * 60_000 + 1);
    expect((await verify('482913')).statusCode).toBe(200);
  });

  it('counts parallel wrong PINs one at a time: never more than the allowed failures get through', async () => {
    const app = await createTestApp({ clock: () => inHours, env: { AFTERCARE_PIN_MAX_FAILURES: '3' } });
    const tenant = await premiumTenant();
    const admin = await loginAs(app, tenant.users.vendor_admin);
    await admin.put(`/api/v1/accounts/${tenant.accountId}/pin`, { pin: '482913' });
    const agent = await loginAs(app, tenant.users.agent);
    const responses = await Promise.all(
      Array.from({ length: 6 }, () =>
        agent.post('/api/v1/phone-intake/verify', { accountId: tenant.accountId, pin: '111111' }),
      ),
    );
    const statuses = responses.map((response) => response.statusCode).sort();
    expect(statuses).toEqual([401, 401, 401, 423, 423, 423]);
    const db = await getTestDatabase();
    const attempts = await db
      .selectFrom('pin_attempts')
      .select('id')
      .where('tenant_id', '=', tenant.tenant.id)
      .execute();
    expect(attempts).toHaveLength(3);
  });

  it('rate-limits one agent with 429 after AFTERCARE_PIN_MAX_ATTEMPTS_PER_AGENT checks across accounts', async () => {
    const app = await createTestApp({
      clock: () => inHours,
      env: { AFTERCARE_PIN_MAX_ATTEMPTS_PER_AGENT: '2' },
    });
    const tenant = await premiumTenant();
    const second = await tenant.addAccount('Second');
    const agent = await loginAs(app, tenant.users.agent);
    expect(
      (await agent.post('/api/v1/phone-intake/verify', { accountId: tenant.accountId, pin: '1111' }))
        .statusCode,
    ).toBe(401);
    expect(
      (await agent.post('/api/v1/phone-intake/verify', { accountId: second, pin: '1111' })).statusCode,
    ).toBe(401);
    const limited = await agent.post('/api/v1/phone-intake/verify', { accountId: second, pin: '1111' });
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('phone.rate_limited');
    expect(limited.headers['retry-after']).toBeDefined();
    const colleague = await loginAs(app, tenant.users.support_manager);
    expect(
      (await colleague.post('/api/v1/phone-intake/verify', { accountId: second, pin: '1111' })).statusCode,
    ).toBe(401);
  });
});
