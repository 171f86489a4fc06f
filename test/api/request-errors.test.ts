import { describe, expect, it } from 'vitest';
import type { TRouteRegistrar } from '../../src/routes/api-types.js';
import { buildServer } from '../../src/server.js';
import { createTestApp, createTestTenant, getTestDatabase, loginAs, testConfig } from '../helpers/index.js';

describe('request errors', () => {
  it('never answer 500 to malformed JSON, wrong types, unknown fields, huge bodies or wrong content types', async () => {
    const app = await createTestApp();
    const { users } = await createTestTenant();
    const admin = await loginAs(app, users.vendor_admin);
    const send = (payload: string, contentType = 'application/json') =>
      app.inject({
        method: 'POST',
        url: '/api/v1/users',
        payload,
        headers: {
          'content-type': contentType,
          cookie: `aftercare_session=${admin.sessionCookie}`,
          'x-csrf-token': admin.csrfToken ?? '',
        },
      });

    const malformed = await send('{"email": ');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.code).toBe('request.invalid_json');

    const unknown = await admin.post('/api/v1/users', {
      email: 'a@b.test',
      name: 'A',
      role: 'agent',
      isRoot: true,
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error).toMatchObject({
      code: 'request.invalid',
      details: [{ field: 'isRoot', message: 'unknown field' }],
    });

    const wrongTypes = await admin.post('/api/v1/users', { email: 42, name: 'A', role: 'overlord' });
    expect(wrongTypes.statusCode).toBe(400);
    const fields = wrongTypes
      .json()
      .error.details.map((d: { field: string }) => d.field)
      .sort();
    expect(fields).toEqual(['email', 'role']);

    const huge = await send(
      JSON.stringify({ email: 'a@b.test', name: 'x'.repeat(1_100_000), role: 'agent' }),
    );
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.code).toBe('request.too_large');

    const wrongType = await send('email=a', 'application/x-www-form-urlencoded');
    expect(wrongType.statusCode).toBe(415);

    const notAnArray = await send('[1,2,3]');
    expect(notAnArray.statusCode).toBe(400);

    const badParam = await admin.get('/api/v1/users/not-a-uuid');
    expect(badParam.statusCode).toBe(400);
    expect(badParam.json().error.details[0].field).toBe('id');

    const badQuery = await admin.get('/api/v1/users?limit=abc&color=red');
    expect(badQuery.statusCode).toBe(400);
    expect(
      badQuery
        .json()
        .error.details.map((d: { field: string }) => d.field)
        .sort(),
    ).toEqual(['color', 'limit']);
  });

  it('refuse to register an /api/v1 route that does not declare its auth', async () => {
    const undeclared: TRouteRegistrar = (app) => {
      app.get('/api/v1/oops', async () => ({}));
    };
    await expect(
      buildServer({ config: testConfig(), db: await getTestDatabase(), registrars: [undeclared] }),
    ).rejects.toThrow(/must declare config.auth/);
  });
});

describe('OpenAPI', () => {
  it('serves an OpenAPI 3.1 document generated from the zod schemas, and the browsable docs', async () => {
    const app = await createTestApp();
    const response = await app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/api/v1/auth/login', '/api/v1/users', '/api/v1/users/{id}', '/api/v1/tokens']),
    );
    expect(Object.keys(document.paths).filter((path) => !path.startsWith('/api/v1/'))).toEqual([]);
    const login = document.paths['/api/v1/auth/login'].post;
    expect(login.requestBody.content['application/json'].schema.required).toEqual([
      'tenant',
      'email',
      'password',
    ]);
    expect(login.requestBody.content['application/json'].schema.additionalProperties).toBe(false);
    const docs = await app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-type']).toContain('text/html');
  });
});
