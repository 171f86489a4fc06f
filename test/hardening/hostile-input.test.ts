import { describe, expect, it } from 'vitest';
import { createTestApp, createTestTenant, loginAs } from '../helpers/index.js';

const fixedNow = new Date('2026-12-02T15:00:00Z');

describe('hostile input (issue 13: NUL and control characters, far dates, deep nesting)', () => {
  it('refuses NUL in a public route (login) with 400 naming the field, before PostgreSQL sees it', async () => {
    const app = await createTestApp({ clock: () => fixedNow });
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { tenant: 'a\u0000b', email: 'x@y.test', password: 'p' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({
      code: 'request.invalid_characters',
      details: [{ field: 'tenant', message: 'contains a NUL character' }],
    });
  }, 120_000); // the first test of the file also pays for the database set-up

  it('refuses NUL in body, query and path fields of signed-in routes, and control characters in names', async () => {
    const app = await createTestApp({ clock: () => fixedNow });
    const { users } = await createTestTenant(undefined, fixedNow);
    const admin = await loginAs(app, users.vendor_admin);
    const title = await admin.post('/api/v1/cases', { title: 'Broken\u0000', description: 'x' });
    expect(title.statusCode).toBe(400);
    expect(title.json().error.details).toContainEqual({
      field: 'title',
      message: 'contains a NUL character',
    });

    const query = await admin.get('/api/v1/cases?plan=a%00b');
    expect(query.statusCode).toBe(400);
    expect(query.json().error.details[0].field).toBe('plan');

    const audit = await admin.get('/api/v1/audit?entityType=%00');
    expect(audit.statusCode).toBe(400);

    const path = await admin.get('/api/v1/packs/imp%00rivata');
    expect(path.statusCode).toBe(400);
    expect(path.json().error.details[0].field).toBe('id');

    const name = await admin.post('/api/v1/users', {
      email: 'n@x.test',
      name: 'Eve\u001b[31m',
      role: 'agent',
    });
    expect(name.statusCode).toBe(400);
    expect(name.json().error.details).toEqual([{ field: 'name', message: 'contains a control character' }]);
  });

  it('keeps tabs and newlines in free text but not NUL', async () => {
    const app = await createTestApp({ clock: () => fixedNow });
    const { users } = await createTestTenant(undefined, fixedNow);
    const admin = await loginAs(app, users.vendor_admin);
    const preview = await admin.post('/api/v1/sla/preview', {
      pack: 'imprivata-onesign',
      plan: 'standard',
      severity: 'P1',
      opened: '2026-12-02T10:00:00Z',
    });
    expect(preview.statusCode).toBe(200);
    const nested = await admin.post('/api/v1/cases', { title: 'T', description: 'line\n\tline\u0000' });
    expect(nested.statusCode).toBe(400);
    expect(nested.json().error.details).toEqual([
      { field: 'description', message: 'contains a NUL character' },
    ]);
  });

  it('answers POST /sla/preview with opened in 2399 or 1901 with a fast 400, and bounds every date field', async () => {
    const app = await createTestApp({ clock: () => fixedNow });
    const { users } = await createTestTenant(undefined, fixedNow);
    const admin = await loginAs(app, users.vendor_admin);
    for (const opened of ['2399-01-04T10:00:00Z', '1901-03-01T10:00', '+012026-01-01T00:00:00Z']) {
      const response = await admin.post('/api/v1/sla/preview', {
        pack: 'imprivata-onesign',
        plan: 'standard',
        severity: 'P1',
        opened,
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error).toMatchObject({
        code: 'request.date_out_of_range',
        details: [{ field: 'opened' }],
      });
    }
    const report = await admin.get('/api/v1/reports/sla?from=1900-01-01&to=2026-01-01');
    expect(report.statusCode).toBe(400);
    expect(report.json().error.details[0].field).toBe('from');
    const long = await admin.get('/api/v1/reports/sla?from=2020-01-01&to=2026-01-01');
    expect(long.statusCode).toBe(400);
  });

  it('refuses bodies nested deeper than 32 levels with 400, not a stack overflow', async () => {
    const app = await createTestApp({ clock: () => fixedNow });
    const payload = `${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`;
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload,
      headers: { 'content-type': 'application/json' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('request.too_deep');
  });
});

describe('security headers (issue 13)', () => {
  it('sends nosniff on every response, a CSP on /api/docs, and Secure cookies over HTTPS via a trusted proxy', async () => {
    const app = await createTestApp({ clock: () => fixedNow, env: { AFTERCARE_TRUST_PROXY: 'true' } });
    for (const url of ['/healthz', '/api/v1/nope', '/api/v1/openapi.json', '/api/docs/']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.headers['x-content-type-options'], url).toBe('nosniff');
    }
    const docs = await app.inject({ method: 'GET', url: '/api/docs/' });
    expect(String(docs.headers['content-security-policy'])).toContain("script-src 'self'");

    const { users } = await createTestTenant(undefined, fixedNow);
    const login = (proto?: string) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { tenant: users.agent.tenantSlug, email: users.agent.email, password: users.agent.password },
        headers: proto ? { 'x-forwarded-proto': proto } : {},
      });
    const overHttps = await login('https');
    expect(overHttps.cookies.find((c) => c.name === 'aftercare_session')?.secure).toBe(true);
    const overHttp = await login();
    expect(overHttp.cookies.find((c) => c.name === 'aftercare_session')?.secure).toBeFalsy();
  });
});
