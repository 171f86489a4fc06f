import { describe, expect, it } from 'vitest';
import { listAuditForEntity } from '../../src/repositories/audit-repository.js';
import { createTestApp, createTestTenant, getTestDatabase, loginAs, testPassword } from '../helpers/index.js';

describe('users API', () => {
  it('lets a vendor admin create a user (audited) and refuses a duplicate email with 409', async () => {
    const app = await createTestApp();
    const { users, tenant } = await createTestTenant();
    const admin = await loginAs(app, users.vendor_admin);
    const created = await admin.post('/api/v1/users', {
      email: 'Jo.Manager@Example.test',
      name: 'Jo',
      role: 'support_manager',
      password: 'a long enough password',
    });
    expect(created.statusCode).toBe(201);
    const user = created.json();
    expect(user).toMatchObject({
      email: 'jo.manager@example.test',
      role: 'support_manager',
      accountId: null,
    });
    expect(user.allowedActions).toEqual(['view', 'change_role', 'disable']);
    const audit = await listAuditForEntity(await getTestDatabase(), tenant.id, 'user', user.id);
    expect(audit.map((entry) => [entry.action, entry.actor])).toEqual([
      ['user.created', `user:${users.vendor_admin.id}`],
    ]);

    const duplicate = await admin.post('/api/v1/users', {
      email: 'jo.manager@example.test',
      name: 'Jo',
      role: 'agent',
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error.code).toBe('user.already_exists');
    const signedIn = await loginAs(app, {
      tenantSlug: tenant.slug,
      email: user.email,
      password: 'a long enough password',
    });
    expect((await signedIn.get('/api/v1/auth/me')).statusCode).toBe(200);
  });

  it('requires an account for customer roles and none for vendor roles', async () => {
    const app = await createTestApp();
    const { users, accountId } = await createTestTenant();
    const admin = await loginAs(app, users.vendor_admin);
    const customer = await admin.post('/api/v1/users', {
      email: 'c@example.test',
      name: 'C',
      role: 'customer_contact',
    });
    expect(customer.statusCode).toBe(400);
    expect(customer.json().error.details).toEqual([
      { field: 'accountId', message: 'required for customer roles' },
    ]);
    const agent = await admin.post('/api/v1/users', {
      email: 'a@example.test',
      name: 'A',
      role: 'agent',
      accountId,
    });
    expect(agent.statusCode).toBe(400);
  });

  it('refuses user management to other roles with 403', async () => {
    const app = await createTestApp();
    const { users } = await createTestTenant();
    for (const role of ['support_manager', 'agent', 'customer_admin', 'customer_contact'] as const) {
      const client = await loginAs(app, users[role]);
      const response = await client.post('/api/v1/users', {
        email: `x-${role}@example.test`,
        name: 'X',
        role: 'agent',
      });
      expect(response.statusCode).toBe(403);
      expect(
        (await client.patch(`/api/v1/users/${users.agent.id}`, { role: 'vendor_admin' })).statusCode,
      ).toBe(role === 'customer_admin' || role === 'customer_contact' ? 404 : 403);
    }
  });

  it('answers 404 for a user of another tenant, for reads and writes alike', async () => {
    const app = await createTestApp();
    const mine = await createTestTenant();
    const theirs = await createTestTenant();
    const admin = await loginAs(app, mine.users.vendor_admin);
    const foreign = theirs.users.agent.id;
    for (const response of [
      await admin.get(`/api/v1/users/${foreign}`),
      await admin.patch(`/api/v1/users/${foreign}`, { disabled: true }),
    ]) {
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe('user.not_found');
    }
    const list = (await admin.get('/api/v1/users?limit=100')).json().items.map((u: { id: string }) => u.id);
    expect(list).not.toContain(foreign);
    expect(list).toHaveLength(5);
  });

  it('shows customer users only their own account (others are 404)', async () => {
    const app = await createTestApp();
    const { users, addUser, addAccount } = await createTestTenant();
    const otherAccountUser = await addUser({
      role: 'customer_admin',
      accountId: await addAccount(),
    });
    const customerAdmin = await loginAs(app, users.customer_admin);
    const listed = (await customerAdmin.get('/api/v1/users'))
      .json()
      .items.map((u: { id: string }) => u.id)
      .sort();
    expect(listed).toEqual([users.customer_admin.id, users.customer_contact.id].sort());
    expect((await customerAdmin.get(`/api/v1/users/${otherAccountUser.id}`)).statusCode).toBe(404);
    expect((await customerAdmin.get(`/api/v1/users/${users.vendor_admin.id}`)).statusCode).toBe(404);
    expect(
      (await customerAdmin.get(`/api/v1/users/${users.customer_contact.id}`)).json().allowedActions,
    ).toEqual(['view']);

    const contact = await loginAs(app, users.customer_contact);
    expect((await contact.get('/api/v1/users')).statusCode).toBe(403);
    expect((await contact.get(`/api/v1/users/${users.customer_contact.id}`)).statusCode).toBe(200);
  });

  it('changes a role and disables a user: sessions end, login is refused; admins cannot lock themselves out', async () => {
    const app = await createTestApp();
    const { users, tenant } = await createTestTenant();
    const admin = await loginAs(app, users.vendor_admin);
    const agentSession = await loginAs(app, users.agent);

    const promoted = await admin.patch(`/api/v1/users/${users.agent.id}`, { role: 'support_manager' });
    expect(promoted.statusCode).toBe(200);
    expect(promoted.json().role).toBe('support_manager');

    const disabled = await admin.patch(`/api/v1/users/${users.agent.id}`, { disabled: true });
    expect(disabled.json()).toMatchObject({
      disabled: true,
      allowedActions: ['view', 'change_role', 'enable'],
    });
    expect((await agentSession.get('/api/v1/auth/me')).statusCode).toBe(401);
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { tenant: tenant.slug, email: users.agent.email, password: testPassword },
    });
    expect(login.statusCode).toBe(401);

    const self = await admin.patch(`/api/v1/users/${users.vendor_admin.id}`, { disabled: true });
    expect(self.statusCode).toBe(403);
    const audit = await listAuditForEntity(await getTestDatabase(), tenant.id, 'user', users.agent.id);
    expect(audit.map((entry) => entry.action)).toEqual(['user.role_changed', 'user.disabled']);
    expect(audit[0]?.before).toEqual({ role: 'agent', accountId: null });
  });

  it('pages with an opaque cursor and rejects a bad one with 400 request.invalid_cursor', async () => {
    const app = await createTestApp();
    const { users } = await createTestTenant();
    const admin = await loginAs(app, users.vendor_admin);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const response = await admin.get(`/api/v1/users?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      const page: { items: { id: string }[]; nextCursor: string | null } = response.json();
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((u) => u.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(
      Object.values(users)
        .map((u) => u.id)
        .sort(),
    );

    for (const bad of ['%%%', 'bm90LWpzb24', Buffer.from('{"id":"x"}').toString('base64url')]) {
      const response = await admin.get(`/api/v1/users?cursor=${bad}`);
      expect(response.statusCode).toBe(400);
      expect(response.json().error).toMatchObject({
        code: 'request.invalid_cursor',
        details: [{ field: 'cursor' }],
      });
    }
  });
});
