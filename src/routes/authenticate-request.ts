import { timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { authenticateApiToken } from '../commands/auth/authenticate-api-token.js';
import { authenticateSession } from '../commands/auth/authenticate-session.js';
import { AppError } from '../lib/app-error.js';
import { scopeAllows } from '../policies/scopes.js';
import type { TApiApp, TRouteDeps } from './api-types.js';
import { csrfHeaderName, sessionCookieName } from './route-auth.js';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Installs authentication (cookie or bearer token), scope checks and CSRF protection on /api routes. */
export function registerAuthentication(app: TApiApp, deps: TRouteDeps): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('session', null);
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/v1/') && !route.config?.auth) {
      throw new Error(`Route ${route.method} ${route.url} must declare config.auth`);
    }
  });
  app.addHook('onRequest', async (request, reply) => {
    const auth = request.routeOptions.config.auth;
    if (!auth || auth === 'public') return;
    const authorization = request.headers.authorization;
    if (authorization !== undefined) {
      const match = /^Bearer (\S+)$/.exec(authorization);
      if (!match?.[1]) throw new AppError('auth.unauthenticated', 'Malformed Authorization header');
      if (auth === 'session')
        throw new AppError('auth.session_required', 'This route needs a signed-in user');
      const found = await authenticateApiToken(deps, match[1], deps.clock());
      if (!found) throw new AppError('auth.unauthenticated', 'Unknown, expired or revoked API token');
      if (
        auth !== 'authenticated' &&
        !scopeAllows(found.actor.kind === 'user' ? (found.actor.scopes ?? []) : [], auth)
      ) {
        throw new AppError('auth.insufficient_scope', `This API token lacks the '${auth}' scope`, [
          { field: 'scope', message: `requires ${auth}` },
        ]);
      }
      request.actor = found.actor;
      return;
    }
    await authenticateByCookie(request, reply, deps);
  });
}

async function authenticateByCookie(request: FastifyRequest, reply: FastifyReply, deps: TRouteDeps) {
  const cookie = request.cookies[sessionCookieName];
  if (!cookie) throw new AppError('auth.unauthenticated', 'Sign in or send an API token');
  const found = await authenticateSession(deps, cookie, deps.clock());
  if (!found) {
    reply.clearCookie(sessionCookieName, { path: '/' });
    throw new AppError('auth.unauthenticated', 'Your session has ended; sign in again');
  }
  if (
    !safeMethods.has(request.method) &&
    !csrfMatches(request.headers[csrfHeaderName], found.session.csrf_token)
  ) {
    throw new AppError('auth.csrf_invalid', `Missing or wrong ${csrfHeaderName} header`);
  }
  request.actor = found.actor;
  request.session = found.session;
}

function csrfMatches(header: string | string[] | undefined, expected: string): boolean {
  if (typeof header !== 'string') return false;
  const given = Buffer.from(header);
  const wanted = Buffer.from(expected);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}
