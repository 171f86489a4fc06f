import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createTestApp, createTestTenant, loginAs, testPassword } from '../helpers/index.js';

const randomIp = () => `10.${[1, 2, 3].map(() => randomBytes(1)[0]).join('.')}`;

describe('POST /api/v1/auth/login', () => {
  it('signs in: HttpOnly SameSite=Lax session cookie, CSRF token and the user in the body', async () => {
    const app = await createTestApp();
    const { users } = await createTestTenant();
    const admin = users.vendor_admin;
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { tenant: admin.tenantSlug, email: admin.email.toUpperCase(), password: testPassword },
    });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'aftercare_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.secure).toBeFalsy();
    const body = response.json();
    expect(body.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(body.user).toMatchObject({
      id: admin.id,
      email: admin.email,
      role: 'vendor_admin',
      disabled: false,
    });
    expect(JSON.stringify(body)).not.toContain('argon2');
  });

  it('marks the cookie Secure when AFTERCARE_SECURE_COOKIES=true', async () => {
    const app = await createTestApp({ env: { AFTERCARE_SECURE_COOKIES: 'true' } });
    const { users } = await createTestTenant();
    const client = await loginAs(app, users.agent);
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { tenant: users.agent.tenantSlug, email: users.agent.email, password: testPassword },
    });
    expect(response.cookies.find((c) => c.name === 'aftercare_session')?.secure).toBe(true);
    expect(client.csrfToken).not.toBeNull();
  });

  it('answers 401 auth.invalid_credentials alike for a wrong password, unknown email and unknown tenant', async () => {
    const app = await createTestApp();
    const { users } = await createTestTenant();
    const attempts = [
      { tenant: users.agent.tenantSlug, email: users.agent.email, password: 'wrong password' },
      { tenant: users.agent.tenantSlug, email: 'nobody@example.test', password: testPassword },
      { tenant: 'no-such-tenant', email: users.agent.email, password: testPassword },
    ];
    for (const payload of attempts) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload,
        remoteAddress: randomIp(),
      });
      expect(response.statusCode).toBe(401);
      expect(response.json().error.code).toBe('auth.invalid_credentials');
      expect(response.cookies).toHaveLength(0);
    }
  });

  it('refuses a user of another tenant: the tenant slug scopes the email', async () => {
    const app = await createTestApp();
    const first = await createTestTenant();
    const second = await createTestTenant();
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { tenant: second.tenant.slug, email: first.users.agent.email, password: testPassword },
    });
    expect(response.statusCode).toBe(401);
  });

  it('rate-limits (tenant, email, client address) after 5 failures with 429 and Retry-After, until the window passes', async () => {
    let now = new Date('2026-03-02T10:00:00Z');
    const app = await createTestApp({ clock: () => now });
    const { users } = await createTestTenant(undefined, now);
    const user = users.support_manager;
    const address = randomIp();
    const login = (password: string) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { tenant: user.tenantSlug, email: user.email, password },
        remoteAddress: address,
      });
    for (let attempt = 0; attempt < 5; attempt++) expect((await login('wrong')).statusCode).toBe(401);
    const limited = await login(testPassword);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('auth.rate_limited');
    expect(Number(limited.headers['retry-after'])).toBe(15 * 60);

    now = new Date(now.getTime() + 15 * 60_000 + 1000);
    expect((await login(testPassword)).statusCode).toBe(200);
  });

  it('forgets earlier failures after a successful login', async () => {
    const app = await createTestApp();
    const { users } = await createTestTenant();
    const user = users.agent;
    const login = (password: string) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { tenant: user.tenantSlug, email: user.email, password },
        remoteAddress: randomIp(),
      });
    for (let attempt = 0; attempt < 4; attempt++) expect((await login('wrong')).statusCode).toBe(401);
    expect((await login(testPassword)).statusCode).toBe(200);
    for (let attempt = 0; attempt < 4; attempt++) expect((await login('wrong')).statusCode).toBe(401);
    expect((await login(testPassword)).statusCode).toBe(200);
  });

  it('rate-limits one IP across emails and tenants', async () => {
    const app = await createTestApp({ env: { AFTERCARE_LOGIN_MAX_FAILURES_PER_IP: '3' } });
    const first = await createTestTenant();
    const second = await createTestTenant();
    const ip = randomIp();
    const targets = [first.users.agent, first.users.customer_admin, second.users.agent];
    for (const user of targets) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { tenant: user.tenantSlug, email: user.email, password: 'wrong' },
        remoteAddress: ip,
      });
      expect(response.statusCode).toBe(401);
    }
    const limited = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { tenant: second.tenant.slug, email: second.users.vendor_admin.email, password: testPassword },
      remoteAddress: ip,
    });
    expect(limited.statusCode).toBe(429);
    const elsewhere = await loginAs(app, second.users.vendor_admin);
    expect((await elsewhere.get('/api/v1/auth/me')).statusCode).toBe(200);
  });
});

describe('sessions', () => {
  it('GET /auth/me answers for the signed-in user, 401 without a cookie, and logout ends the session', async () => {
    const app = await createTestApp();
    const { users } = await createTestTenant();
    const client = await loginAs(app, users.customer_contact);
    const me = await client.get('/api/v1/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().user).toMatchObject({ id: users.customer_contact.id, role: 'customer_contact' });
    expect(me.json().csrfToken).toBe(client.csrfToken);

    const anonymous = await app.inject({ method: 'GET', url: '/api/v1/auth/me' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().error.code).toBe('auth.unauthenticated');

    expect((await client.post('/api/v1/auth/logout')).statusCode).toBe(204);
    expect((await client.get('/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('GET /auth/session answers 200 with user null when signed out (no 401 on a signed-out page load)', async () => {
    const app = await createTestApp();
    const { users } = await createTestTenant();
    const anonymous = await app.inject({ method: 'GET', url: '/api/v1/auth/session' });
    expect(anonymous.statusCode).toBe(200);
    expect(anonymous.json()).toEqual({ user: null, csrfToken: null });
    const forged = await app.inject({
      method: 'GET',
      url: '/api/v1/auth/session',
      headers: { cookie: 'aftercare_session=garbage' },
    });
    expect(forged.json()).toEqual({ user: null, csrfToken: null });
    const client = await loginAs(app, users.agent);
    const session = await client.get('/api/v1/auth/session');
    expect(session.statusCode).toBe(200);
    expect(session.json().user).toMatchObject({ id: users.agent.id, role: 'agent' });
    expect(session.json().csrfToken).toBe(client.csrfToken);
  });

  it('rejects a forged or foreign cookie value', async () => {
    const app = await createTestApp();
    for (const value of ['garbage', 'A'.repeat(64)]) {
      const response = await app.inject({
        method: 'GET',
        url: '/api/v1/auth/me',
        headers: { cookie: `aftercare_session=${value}` },
      });
      expect(response.statusCode).toBe(401);
    }
  });

  it('requires the x-csrf-token header on cookie-authenticated writes (403 auth.csrf_invalid)', async () => {
    const app = await createTestApp();
    const { users } = await createTestTenant();
    const client = await loginAs(app, users.vendor_admin);
    const cookieOnly = { cookie: `aftercare_session=${client.sessionCookie}` };
    const missing = await app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: cookieOnly });
    expect(missing.statusCode).toBe(403);
    expect(missing.json().error.code).toBe('auth.csrf_invalid');
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: { ...cookieOnly, 'x-csrf-token': 'x'.repeat(43) },
      payload: { name: 'ci', scopes: ['cases:read'] },
    });
    expect(wrong.statusCode).toBe(403);
    const read = await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: cookieOnly });
    expect(read.statusCode).toBe(200);
    expect((await client.get('/api/v1/auth/me')).statusCode).toBe(200);
  });
});
