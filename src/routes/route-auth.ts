import type { FastifyRequest } from 'fastify';
import type { TSessionRow } from '../db/schema.js';
import { AppError } from '../lib/app-error.js';
import type { TActor } from '../policies/actor.js';
import type { TApiScope } from '../policies/scopes.js';

/**
 * Every /api/v1 route MUST declare `config: { auth }` (registration fails otherwise):
 * - 'public': no authentication;
 * - 'authenticated': a signed-in user, or any valid API token whatever its scopes;
 * - 'session': a signed-in user (cookie) only — API tokens are refused;
 * - an API scope such as 'cases:read': a signed-in user, or a bearer token holding that scope.
 * Cookie-authenticated requests other than GET/HEAD/OPTIONS also need the `x-csrf-token` header.
 */
export type TRouteAuth = 'public' | 'authenticated' | 'session' | TApiScope;

declare module 'fastify' {
  interface FastifyContextConfig {
    auth?: TRouteAuth;
  }
  interface FastifyRequest {
    /** Set by the authentication hook on non-public routes. Use `requireActor(request)`. */
    actor: TActor | null;
    /** The session when the request was authenticated by cookie. */
    session: TSessionRow | null;
  }
}

export function requireActor(request: FastifyRequest): TActor {
  if (!request.actor) throw new AppError('auth.unauthenticated', 'Sign in or send an API token');
  return request.actor;
}

export const sessionCookieName = 'aftercare_session';
export const csrfHeaderName = 'x-csrf-token';
