import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { csrfHeaderName, sessionCookieName } from '../../src/routes/route-auth.js';

type TMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type TTestClient = {
  /** Sends a request with the client's credentials; `body` is sent as JSON. */
  request: (
    method: TMethod,
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ) => Promise<LightMyRequestResponse>;
  get: (url: string) => Promise<LightMyRequestResponse>;
  post: (url: string, body?: unknown) => Promise<LightMyRequestResponse>;
  patch: (url: string, body?: unknown) => Promise<LightMyRequestResponse>;
  put: (url: string, body?: unknown) => Promise<LightMyRequestResponse>;
  delete: (url: string) => Promise<LightMyRequestResponse>;
  csrfToken: string | null;
  sessionCookie: string | null;
};

function makeClient(
  app: FastifyInstance,
  credentials: Record<string, string>,
  csrfToken: string | null,
  sessionCookie: string | null,
): TTestClient {
  const request: TTestClient['request'] = (method, url, body, headers = {}) => {
    const options: InjectOptions = { method, url, headers: { ...credentials, ...headers } };
    if (body !== undefined) options.payload = body as InjectOptions['payload'];
    return app.inject(options);
  };
  return {
    request,
    get: (url) => request('GET', url),
    post: (url, body) => request('POST', url, body ?? {}),
    patch: (url, body) => request('PATCH', url, body ?? {}),
    put: (url, body) => request('PUT', url, body ?? {}),
    delete: (url) => request('DELETE', url),
    csrfToken,
    sessionCookie,
  };
}

/** Signs `user` in through POST /api/v1/auth/login; the client carries the cookie and CSRF header. */
export async function loginAs(
  app: FastifyInstance,
  user: { tenantSlug: string; email: string; password: string },
): Promise<TTestClient> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { tenant: user.tenantSlug, email: user.email, password: user.password },
  });
  if (response.statusCode !== 200) {
    throw new Error(`loginAs ${user.email}: ${response.statusCode} ${response.body}`);
  }
  const cookie = response.cookies.find((c) => c.name === sessionCookieName);
  if (!cookie) throw new Error(`loginAs ${user.email}: no session cookie`);
  const { csrfToken } = response.json() as { csrfToken: string };
  return makeClient(
    app,
    { cookie: `${sessionCookieName}=${cookie.value}`, [csrfHeaderName]: csrfToken },
    csrfToken,
    cookie.value,
  );
}

/** A client that authenticates with `Authorization: Bearer <token>`. */
export function withApiToken(app: FastifyInstance, token: string): TTestClient {
  return makeClient(app, { authorization: `Bearer ${token}` }, null, null);
}
