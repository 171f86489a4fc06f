import { z } from 'zod';
import { authenticateSession } from '../commands/auth/authenticate-session.js';
import { logIn } from '../commands/auth/log-in.js';
import { logOut } from '../commands/auth/log-out.js';
import { AppError } from '../lib/app-error.js';
import { presentSessionUser, ZSessionUserView } from '../presenters/present-user.js';
import { findUserById } from '../repositories/user-repository.js';
import type { TRouteRegistrar } from './api-types.js';
import { errorResponses, ZErrorBody } from './error-schema.js';
import { requireActor, sessionCookieName } from './route-auth.js';
import { shouldUseSecureCookie } from './security-headers.js';

export const ZLogIn = z.strictObject({
  tenant: z.string().min(1).max(63).describe('Tenant slug'),
  email: z.string().min(3).max(320),
  password: z.string().min(1).max(1024),
});
const ZSessionView = z.object({
  csrfToken: z.string().describe('Send as the x-csrf-token header on every state-changing request'),
  user: ZSessionUserView,
});

/** POST /api/v1/auth/login, POST /api/v1/auth/logout, GET /api/v1/auth/me, GET /api/v1/auth/session. */
export const registerAuthRoutes: TRouteRegistrar = (app, deps) => {
  app.post(
    '/api/v1/auth/login',
    {
      config: { auth: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with email and password; sets the HttpOnly session cookie',
        body: ZLogIn,
        response: { 200: ZSessionView, 400: errorResponses[400], 401: ZErrorBody, 429: ZErrorBody },
      },
    },
    async (request, reply) => {
      const now = deps.clock();
      const result = await logIn(
        deps,
        {
          tenantSlug: request.body.tenant,
          email: request.body.email,
          password: request.body.password,
          ip: request.ip,
          userAgent: request.headers['user-agent'] ?? null,
        },
        now,
      );
      reply.setCookie(sessionCookieName, result.sessionToken, {
        httpOnly: true,
        sameSite: 'lax',
        secure: shouldUseSecureCookie(deps.config.AFTERCARE_SECURE_COOKIES, request.protocol),
        path: '/',
        // A lifetime, not an absolute date: the browser's clock need not agree with the server's.
        maxAge: Math.max(0, Math.floor((result.expiresAt.getTime() - now.getTime()) / 1000)),
      });
      const actor = {
        kind: 'user' as const,
        tenantId: result.user.tenant_id,
        userId: result.user.id,
        role: result.user.role,
        accountId: result.user.account_id,
        via: 'session' as const,
        scopes: null,
        tokenId: null,
      };
      return { csrfToken: result.csrfToken, user: presentSessionUser(result.user, actor) };
    },
  );

  app.post(
    '/api/v1/auth/logout',
    {
      config: { auth: 'session' },
      schema: { tags: ['auth'], summary: 'End the current session', response: { 204: z.null() } },
    },
    async (request, reply) => {
      const session = request.session;
      if (session) await logOut(deps, { tenantId: session.tenant_id, id: session.id });
      reply.clearCookie(sessionCookieName, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/auth/me',
    {
      config: { auth: 'authenticated' },
      schema: {
        tags: ['auth'],
        summary: 'The signed-in user (and the CSRF token of the session, for reloaded pages)',
        response: {
          200: z.object({ user: ZSessionUserView, csrfToken: z.string().nullable() }),
          401: errorResponses[401],
        },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (actor.kind !== 'user') throw new AppError('auth.unauthenticated', 'Not a user');
      const user = await findUserById(deps.db, { tenantId: actor.tenantId, accountId: null }, actor.userId);
      if (!user) throw new AppError('auth.unauthenticated', 'Your user no longer exists');
      return { user: presentSessionUser(user, actor), csrfToken: request.session?.csrf_token ?? null };
    },
  );

  app.get(
    '/api/v1/auth/session',
    {
      config: { auth: 'public' },
      schema: {
        tags: ['auth'],
        summary:
          'The signed-in user of the session cookie, or user null when there is none (200 either way, so a signed-out page load logs no error)',
        response: { 200: z.object({ user: ZSessionUserView.nullable(), csrfToken: z.string().nullable() }) },
      },
    },
    async (request) => {
      const cookie = request.cookies[sessionCookieName];
      const found = cookie ? await authenticateSession(deps, cookie, deps.clock()) : undefined;
      if (!found) return { user: null, csrfToken: null };
      return { user: presentSessionUser(found.user, found.actor), csrfToken: found.session.csrf_token };
    },
  );
};
