import { describe, expect, it } from 'vitest';
import { createTestApp, createTestTenant, loginAs, withApiToken } from '../helpers/index.js';

describe('API tokens', () => {
  it('are created by a signed-in user, shown once, listed without the secret, and scoped per route', async () => {
    const app = await createTestApp();
    const { users } = await createTestTenant();
    const admin = await loginAs(app, users.vendor_admin);

    const created = await admin.post('/api/v1/tokens', { name: 'ci', scopes: ['cases:read'] });
    expect(created.statusCode).toBe(201);
    const { token, id } = created.json();
    expect(token).toMatch(/^ac_[A-Za-z0-9_-]{64}$/);

    const listed = await admin.get('/api/v1/tokens');
    expect(listed.statusCode).toBe(200);
    expect(listed.json().items).toEqual([
      expect.objectContaining({ id, name: 'ci', scopes: ['cases:read'], revoked: false }),
    ]);
    expect(listed.body).not.toContain(token);

    const bearer = withApiToken(app, token);
    expect((await bearer.get('/api/v1/auth/me')).statusCode).toBe(200);
    const outOfScope = await bearer.get('/api/v1/users');
    expect(outOfScope.statusCode).toBe(403);
    expect(outOfScope.json().error.code).toBe('auth.insufficient_scope');
  });

  it('need no CSRF header, act with their user’s role, and write only with a write scope', async () => {
    const app = await createTestApp();
    const { users } = await createTestTenant();
    const admin = await loginAs(app, users.vendor_admin);
    const reader = withApiToken(
      app,
      (await admin.post('/api/v1/tokens', { name: 'r', scopes: ['users:read'] })).json().token,
    );
    const writer = withApiToken(
      app,
      (await admin.post('/api/v1/tokens', { name: 'w', scopes: ['users:write'] })).json().token,
    );
    const newUser = { email: 'new.agent@example.test', name: 'New Agent', role: 'agent' };

    expect((await reader.get('/api/v1/users')).statusCode).toBe(200);
    expect((await reader.post('/api/v1/users', newUser)).statusCode).toBe(403);
    const created = await writer.post('/api/v1/users', newUser);
    expect(created.statusCode).toBe(201);
    expect((await writer.get('/api/v1/users')).statusCode).toBe(200); // write implies read

    const agent = await loginAs(app, users.agent);
    const agentToken = withApiToken(
      app,
      (await agent.post('/api/v1/tokens', { name: 'a', scopes: ['admin'] })).json().token,
    );
    const denied = await agentToken.post('/api/v1/users', { ...newUser, email: 'other@example.test' });
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error.code).toBe('auth.forbidden');
  });

  it('cannot manage tokens (session only), and stop working once revoked', async () => {
    const app = await createTestApp();
    const { users } = await createTestTenant();
    const admin = await loginAs(app, users.vendor_admin);
    const { token, id } = (await admin.post('/api/v1/tokens', { name: 'x', scopes: ['admin'] })).json();
    const bearer = withApiToken(app, token);
    const minted = await bearer.post('/api/v1/tokens', { name: 'y', scopes: ['admin'] });
    expect(minted.statusCode).toBe(403);
    expect(minted.json().error.code).toBe('auth.session_required');

    const revoked = await admin.delete(`/api/v1/tokens/${id}`);
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json().revoked).toBe(true);
    const after = await bearer.get('/api/v1/auth/me');
    expect(after.statusCode).toBe(401);
    expect((await admin.delete(`/api/v1/tokens/${id}`)).statusCode).toBe(404);
  });

  it('of another user or tenant are not found', async () => {
    const app = await createTestApp();
    const first = await createTestTenant();
    const second = await createTestTenant();
    const owner = await loginAs(app, first.users.vendor_admin);
    const { id } = (await owner.post('/api/v1/tokens', { name: 'x', scopes: ['cases:read'] })).json();
    const colleague = await loginAs(app, first.users.support_manager);
    const stranger = await loginAs(app, second.users.vendor_admin);
    expect((await colleague.delete(`/api/v1/tokens/${id}`)).statusCode).toBe(404);
    expect((await stranger.delete(`/api/v1/tokens/${id}`)).statusCode).toBe(404);
    expect((await colleague.get('/api/v1/tokens')).json().items).toEqual([]);
  });

  it('reject malformed and unknown bearer tokens with 401', async () => {
    const app = await createTestApp();
    for (const header of ['Bearer ac_nope', 'Basic abc', `Bearer ac_${'A'.repeat(64)}`]) {
      const response = await app.inject({
        method: 'GET',
        url: '/api/v1/auth/me',
        headers: { authorization: header },
      });
      expect(response.statusCode).toBe(401);
    }
  });
});
