import { z } from 'zod';
import { listApplianceSupport } from '../commands/rma/list-appliance-support.js';
import { presentApplianceSupport, ZApplianceSupportView } from '../presenters/present-appliance-support.js';
import type { TRouteRegistrar } from './api-types.js';
import { errorResponses } from './error-schema.js';
import { requireActor } from './route-auth.js';

/** /api/v1/rma/appliances: the appliance page (warranty end, support status, RMAs) for both sides. */
export const registerApplianceSupportRoutes: TRouteRegistrar = (app, deps) => {
  app.get(
    '/api/v1/rma/appliances',
    {
      config: { auth: 'accounts:read' },
      schema: {
        tags: ['rma'],
        summary: "An account's appliances with warranty end, support status and RMAs (customers: their own)",
        querystring: z.strictObject({
          accountId: z.uuid().optional().describe('Required for vendor users; customers see their own'),
        }),
        response: { 200: z.object({ items: z.array(ZApplianceSupportView) }), ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const items = await listApplianceSupport(deps, actor, request.query, deps.clock());
      return { items: items.map((item) => presentApplianceSupport(item, actor)) };
    },
  );
};
