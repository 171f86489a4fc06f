import { z } from 'zod';
import { readContactUsage } from '../commands/contacts/read-contact-usage.js';
import type { TRouteRegistrar } from './api-types.js';
import { errorResponses } from './error-schema.js';
import { requireActor } from './route-auth.js';

const ZContactUsage = z.object({
  accountId: z.uuid(),
  used: z.number().int().describe('Named contacts that count against the plan (not read-only)'),
  limit: z.number().int().nullable().describe('The plan limit (IMP-42); null = no limit'),
});

/** GET /api/v1/contacts/usage: the named-contact allowance the portal shows (IMP-42). */
export const registerContactUsageRoutes: TRouteRegistrar = (app, deps) => {
  app.get(
    '/api/v1/contacts/usage',
    {
      config: { auth: 'accounts:read' },
      schema: {
        tags: ['contacts'],
        summary: 'Named contacts used against the plan limit of an account (customers: their own)',
        querystring: z.strictObject({ accountId: z.uuid().optional() }),
        response: { 200: ZContactUsage, ...errorResponses },
      },
    },
    async (request) => readContactUsage(deps, requireActor(request), request.query.accountId),
  );
};
