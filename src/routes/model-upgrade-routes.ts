import { z } from 'zod';
import { assessReleaseModelUpgrades } from '../commands/rma/assess-release-model-upgrades.js';
import type { TRouteRegistrar } from './api-types.js';
import { errorResponses } from './error-schema.js';
import { requireActor } from './route-auth.js';

const ZQuoteLine = z.object({
  code: z.string(),
  description: z.string(),
  amountMinor: z.number().int(),
  currency: z.string(),
});
const ZAccountUpgrade = z
  .object({
    accountId: z.uuid(),
    accountName: z.string(),
    plan: z.string().nullable(),
    entitlementStatus: z.string(),
    entitled: z.boolean(),
    appliances: z.array(
      z.object({
        applianceId: z.uuid(),
        serial: z.string(),
        model: z.string(),
        product: z.string(),
        release: z.string(),
        requiredModel: z.string(),
        outcome: z.enum(['free_pair', 'quote']),
        clause: z.string(),
        reason: z.string(),
        warrantyEnd: z.iso
          .date()
          .nullable()
          .describe('Kept for a free pair; null: new warranty from shipment'),
      }),
    ),
    quote: z
      .object({ lines: z.array(ZQuoteLine), totalMinor: z.number().int(), currency: z.string() })
      .nullable(),
    unpriced: z.array(z.string()).describe('Quoted appliances the price book has no price for'),
  })
  .meta({ id: 'AccountModelUpgrade' });

/** GET /api/v1/rma/model-upgrades: per-account assessment of a release that needs a later model. */
export const registerModelUpgradeRoutes: TRouteRegistrar = (app, deps) => {
  app.get(
    '/api/v1/rma/model-upgrades',
    {
      config: { auth: 'cases:read' },
      schema: {
        tags: ['rma'],
        summary: 'Which accounts a release needing a later model affects: free pair or priced quote (vendor)',
        querystring: z.strictObject({
          packId: z.string().trim().min(1).max(100),
          release: z.string().trim().min(1).max(100),
          productId: z.uuid().optional(),
        }),
        response: {
          200: z.object({
            release: z.string(),
            requiredModel: z.string().nullable(),
            accounts: z.array(ZAccountUpgrade),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return assessReleaseModelUpgrades(deps, actor, request.query, deps.clock());
    },
  );
};
