import { z } from 'zod';
import { loadHealthChecks, recordHealthCheck } from '../commands/training/record-health-check.js';
import { healthCheckIds, healthCheckStatuses } from '../db/schema-training.js';
import type { THealthCheck } from '../domain/training/health-checks.js';
import type { TActor } from '../policies/actor.js';
import { trainingPolicy } from '../policies/training-policy.js';
import type { TRouteRegistrar } from './api-types.js';
import { errorResponses } from './error-schema.js';
import { requireActor } from './route-auth.js';

const ZHealthChecks = z
  .object({
    accountId: z.uuid(),
    checks: z.array(
      z.object({
        id: z.enum(healthCheckIds),
        label: z.string(),
        description: z.string(),
        status: z.enum(healthCheckStatuses),
        note: z.string(),
        updatedAt: z.iso.datetime().nullable(),
      }),
    ),
    allowedActions: z.array(z.enum(['update_health'])),
  })
  .meta({ id: 'AccountHealthChecks' });

const present = (actor: TActor, accountId: string, checks: THealthCheck[]) => ({
  accountId,
  checks: checks.map((c) => ({ ...c, updatedAt: c.updatedAt ? c.updatedAt.toISOString() : null })),
  allowedActions: trainingPolicy.can(actor, 'update_health', { account_id: accountId })
    ? ['update_health' as const]
    : [],
});

/** Account health (IMP-62): the customer's responsibilities as checks, shown to both sides. */
export const registerHealthCheckRoutes: TRouteRegistrar = (app, deps) => {
  app.get(
    '/api/v1/accounts/:id/health-checks',
    {
      config: { auth: 'accounts:read' },
      schema: {
        tags: ['accounts'],
        summary: "The customer's responsibilities (IMP-62) as checks: met, not met or unknown",
        params: z.strictObject({ id: z.uuid() }),
        response: { 200: ZHealthChecks, ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return present(actor, request.params.id, await loadHealthChecks(deps, actor, request.params.id));
    },
  );

  app.put(
    '/api/v1/accounts/:id/health-checks/:checkId',
    {
      config: { auth: 'accounts:write' },
      schema: {
        tags: ['accounts'],
        summary: 'Record one health check (vendor staff)',
        params: z.strictObject({ id: z.uuid(), checkId: z.enum(healthCheckIds) }),
        body: z.strictObject({
          status: z.enum(healthCheckStatuses),
          note: z.string().trim().max(2000).default(''),
        }),
        response: { 200: ZHealthChecks, ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const checks = await recordHealthCheck(
        deps,
        actor,
        { accountId: request.params.id, checkId: request.params.checkId, ...request.body },
        deps.clock(),
      );
      return present(actor, request.params.id, checks);
    },
  );
};
