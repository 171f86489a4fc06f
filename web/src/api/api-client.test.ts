import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, buildUrl } from './api-client.js';
import { ApiError } from './api-error.js';
import { fetchSession, signIn, signOut } from './auth-api.js';

// A real HTTP server speaking the API's conventions, so the client is tested over the wire.
let server: FastifyInstance;
let baseUrl: string;

beforeAll(async () => {
  server = Fastify({ logger: false });
  server.post('/api/v1/auth/login', async (request, reply) => {
    const body = request.body as { tenant: string; email: string; password: string };
    if (body.password !== 'right') {
      return reply.status(401).send({
        error: {
          code: 'auth.invalid_credentials',
          message: 'Email or password is wrong.',
          details: { tenant: body.tenant },
        },
      });
    }
    return { csrfToken: 'token-1', user: { id: 'u1', email: body.email, role: 'agent' } };
  });
  server.get('/api/v1/auth/me', async () => ({ id: 'u1', email: 'a@b.c', role: 'agent' }));
  server.post('/api/v1/auth/logout', async (_request, reply) => reply.status(204).send());
  server.all('/api/v1/echo', async (request) => ({
    method: request.method,
    csrf: request.headers['x-csrf-token'] ?? null,
    query: request.query,
    body: request.body ?? null,
  }));
  server.get('/api/v1/html', async (_request, reply) =>
    reply.status(502).type('text/html').send('<h1>Bad gateway</h1>'),
  );
  baseUrl = await server.listen({ port: 0, host: '127.0.0.1' });
});

afterAll(async () => {
  await server.close();
});

describe('ApiClient', () => {
  it('turns an error envelope into an ApiError with code, message, status and details', async () => {
    const client = new ApiClient({ baseUrl });
    const error = await signIn(client, { tenant: 'acme', email: 'a@b.c', password: 'wrong' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      code: 'auth.invalid_credentials',
      message: 'Email or password is wrong.',
      status: 401,
      details: { tenant: 'acme' },
    });
    expect(client.hasCsrfToken()).toBe(false);
  });

  it('sends the CSRF token from sign-in on writes but not on reads, and forgets it on sign-out', async () => {
    const client = new ApiClient({ baseUrl });
    const session = await signIn(client, { tenant: 'acme', email: 'a@b.c', password: 'right' });
    expect(session.user.role).toBe('agent');

    const read = await client.get<{ csrf: string | null }>('/echo');
    expect(read.csrf).toBeNull();
    const write = await client.post<{ csrf: string | null; body: unknown }>('/echo', { subject: 'Down' });
    expect(write).toMatchObject({ csrf: 'token-1', body: { subject: 'Down' } });
    const remove = await client.delete<{ method: string; csrf: string | null }>('/echo');
    expect(remove).toEqual({ method: 'DELETE', csrf: 'token-1', query: {}, body: null });

    await signOut(client);
    const after = await client.post<{ csrf: string | null }>('/echo', {});
    expect(after.csrf).toBeNull();
  });

  it('accepts /auth/me as a bare user', async () => {
    const session = await fetchSession(new ApiClient({ baseUrl }));
    expect(session.user).toEqual({ id: 'u1', email: 'a@b.c', role: 'agent' });
  });

  it('passes query parameters, leaving out undefined ones', async () => {
    const result = await new ApiClient({ baseUrl }).get<{ query: unknown }>('/echo', {
      query: { status: 'open', page: 2, mine: true, skip: undefined },
    });
    expect(result.query).toEqual({ status: 'open', page: '2', mine: 'true' });
  });

  it('reports a non-JSON failure and an unreachable server as ApiErrors', async () => {
    const html = await new ApiClient({ baseUrl }).get('/html').catch((e: unknown) => e);
    expect(html).toMatchObject({ status: 502, code: 'http.unexpected' });
    const closed = Fastify({ logger: false });
    const closedUrl = await closed.listen({ port: 0, host: '127.0.0.1' });
    await closed.close();
    const offline = await new ApiClient({ baseUrl: closedUrl }).get('/echo').catch((e: unknown) => e);
    expect(offline).toMatchObject({ status: 0, code: 'network.unreachable' });
  });

  it('builds URLs under /api/v1', () => {
    expect(buildUrl('', 'cases', { q: 'a b' })).toBe('/api/v1/cases?q=a+b');
    expect(buildUrl('http://h', '/cases/1/sla')).toBe('http://h/api/v1/cases/1/sla');
  });
});
