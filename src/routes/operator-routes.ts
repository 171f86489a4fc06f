import { timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { openTenant } from '../commands/tenants/open-tenant.js';
import { AppError } from '../lib/app-error.js';
import type { TRouteRegistrar } from './api-types.js';
import { errorResponses, ZErrorBody } from './error-schema.js';

const ZOpenTenant = z.strictObject({
  slug: z.string().min(1).max(63),
  name: z.string().trim().min(1).max(200),
  adminEmail: z.email().max(320),
  adminName: z.string().trim().min(1).max(200).optional(),
});

const ZOpenedTenant = z
  .object({
    tenant: z.object({ id: z.uuid(), slug: z.string(), name: z.string() }),
    admin: z.object({ id: z.uuid(), email: z.string() }),
    initialPassword: z.string().describe('Shown once; the admin signs in with it and should change it'),
  })
  .meta({ id: 'OpenedTenant' });

/** The operator API (AFTERCARE_OPERATOR_TOKEN as bearer): create a vendor tenant without demo data. */
export const registerOperatorRoutes: TRouteRegistrar = (app, deps) => {
  app.post(
    '/api/v1/operator/tenants',
    {
      config: { auth: 'public' },
      schema: {
        tags: ['operator'],
        summary: 'Create a tenant and its first vendor admin (same as `aftercare tenant create`)',
        body: ZOpenTenant,
        response: { 201: ZOpenedTenant, ...errorResponses, 409: ZErrorBody },
      },
    },
    async (request, reply) => {
      assertOperator(deps.config.AFTERCARE_OPERATOR_TOKEN, request.headers.authorization);
      const opened = await openTenant(deps, request.body, deps.clock());
      return reply.status(201).send({
        tenant: { id: opened.tenant.id, slug: opened.tenant.slug, name: opened.tenant.name },
        admin: { id: opened.admin.id, email: opened.admin.email },
        initialPassword: opened.initialPassword,
      });
    },
  );
};

function assertOperator(expected: string | undefined, authorization: string | undefined): void {
  if (!expected)
    throw new AppError('operator.forbidden', 'The operator API is off (AFTERCARE_OPERATOR_TOKEN)');
  const given = Buffer.from(/^Bearer (\S+)$/.exec(authorization ?? '')?.[1] ?? '');
  const wanted = Buffer.from(expected);
  if (given.length !== wanted.length || !timingSafeEqual(given, wanted)) {
    throw new AppError('auth.unauthenticated', 'Send the operator token as a bearer token');
  }
}
