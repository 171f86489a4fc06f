import { z } from 'zod';
import { createApiToken } from '../commands/auth/create-api-token.js';
import { revokeApiToken } from '../commands/auth/revoke-api-token.js';
import { AppError } from '../lib/app-error.js';
import { ZApiScope } from '../policies/scopes.js';
import { presentApiToken, ZApiTokenView } from '../presenters/present-api-token.js';
import { listApiTokensOfUser } from '../repositories/api-token-repository.js';
import type { TRouteRegistrar } from './api-types.js';
import { errorResponses } from './error-schema.js';
import { requireActor } from './route-auth.js';

export const ZApiTokenCreate = z.strictObject({
  name: z.string().trim().min(1).max(100),
  scopes: z.array(ZApiScope).min(1).max(20),
  expiresAt: z.iso.datetime({ offset: true }).nullable().default(null),
});

/** A signed-in user's own API tokens: POST/GET /api/v1/tokens, DELETE /api/v1/tokens/:id. */
export const registerTokenRoutes: TRouteRegistrar = (app, deps) => {
  app.post(
    '/api/v1/tokens',
    {
      config: { auth: 'session' },
      schema: {
        tags: ['tokens'],
        summary: 'Create an API token (the token is shown only in this response)',
        body: ZApiTokenCreate,
        response: { 201: ZApiTokenView.extend({ token: z.string() }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { body } = request;
      const { token, row } = await createApiToken(
        deps,
        requireActor(request),
        { name: body.name, scopes: body.scopes, expiresAt: body.expiresAt ? new Date(body.expiresAt) : null },
        deps.clock(),
      );
      return reply.status(201).send({ ...presentApiToken(row), token });
    },
  );

  app.get(
    '/api/v1/tokens',
    {
      config: { auth: 'session' },
      schema: {
        tags: ['tokens'],
        summary: 'List your API tokens',
        response: { 200: z.object({ items: z.array(ZApiTokenView) }), 401: errorResponses[401] },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (actor.kind !== 'user') throw new AppError('auth.forbidden', 'Not a user');
      const rows = await listApiTokensOfUser(deps.db, actor.tenantId, actor.userId);
      return { items: rows.map(presentApiToken) };
    },
  );

  app.delete(
    '/api/v1/tokens/:id',
    {
      config: { auth: 'session' },
      schema: {
        tags: ['tokens'],
        summary: 'Revoke one of your API tokens',
        params: z.strictObject({ id: z.uuid() }),
        response: { 200: ZApiTokenView, ...errorResponses },
      },
    },
    async (request) => {
      const revoked = await revokeApiToken(deps, requireActor(request), request.params.id, deps.clock());
      return presentApiToken(revoked);
    },
  );
};
