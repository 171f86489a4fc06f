import { describe, expect, it } from 'vitest';
import { createTestApp, createTestTenant, testPassword } from '../helpers/index.js';

const fixedNow = new Date('2026-12-02T15:00:00Z');

describe('login lockout under races (issue 13, item 2)', () => {
  it('50 parallel wrong passwords: exactly the limit get 401, the rest 429', async () => {
    const app = await createTestApp({ clock: () => fixedNow });
    const { users } = await createTestTenant(undefined, fixedNow);
    const user = users.agent;
    const responses = await Promise.all(
      Array.from({ length: 50 }, () =>
        app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { tenant: user.tenantSlug, email: user.email, password: 'wrong' },
          remoteAddress: '10.9.8.7',
        }),
      ),
    );
    const statuses = responses.map((response) => response.statusCode);
    expect(statuses.filter((status) => status === 401)).toHaveLength(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(45);
  });

  it('locks per (email, client address): another address still signs in, until the per-email ceiling', async () => {
    const app = await createTestApp({
      clock: () => fixedNow,
      env: { AFTERCARE_LOGIN_MAX_FAILURES: '3', AFTERCARE_LOGIN_MAX_FAILURES_PER_EMAIL: '7' },
    });
    const { users } = await createTestTenant(undefined, fixedNow);
    const user = users.agent;
    const attempt = (password: string, remoteAddress: string) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { tenant: user.tenantSlug, email: user.email, password },
        remoteAddress,
      });
    for (let i = 0; i < 3; i++) expect((await attempt('wrong', '10.0.0.1')).statusCode).toBe(401);
    expect((await attempt(testPassword, '10.0.0.1')).statusCode).toBe(429);
    // The attacker's address is locked; the user's own address is not.
    expect((await attempt('wrong', '10.0.0.2')).statusCode).toBe(401);
    expect((await attempt('wrong', '10.0.0.3')).statusCode).toBe(401);
    expect((await attempt('wrong', '10.0.0.3')).statusCode).toBe(401);
    expect((await attempt('wrong', '10.0.0.4')).statusCode).toBe(401);
    // 7 failures from all addresses: the per-email ceiling now holds everywhere.
    expect((await attempt(testPassword, '10.0.0.5')).statusCode).toBe(429);
  });

  it('the per-(email, client) lock does not stop the right password from a fresh address', async () => {
    const app = await createTestApp({ clock: () => fixedNow, env: { AFTERCARE_LOGIN_MAX_FAILURES: '2' } });
    const { users } = await createTestTenant(undefined, fixedNow);
    const user = users.agent;
    const attempt = (password: string, remoteAddress: string) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { tenant: user.tenantSlug, email: user.email, password },
        remoteAddress,
      });
    await Promise.all(Array.from({ length: 10 }, () => attempt('wrong', '10.1.1.1')));
    expect((await attempt(testPassword, '10.1.1.1')).statusCode).toBe(429);
    expect((await attempt(testPassword, '10.1.1.2')).statusCode).toBe(200);
  });
});
