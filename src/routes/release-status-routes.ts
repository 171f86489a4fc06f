import { z } from 'zod';
import { getBuiltInPack } from '../domain/packs/registry.js';
import { assessVersionSupport } from '../domain/releases/assess-version-support.js';
import { AppError } from '../lib/app-error.js';
import { releasePolicy } from '../policies/release-policy.js';
import type { TRouteRegistrar } from './api-types.js';
import { errorResponses } from './error-schema.js';
import { requireActor } from './route-auth.js';

const ZIsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const ZReleaseStatusBody = z.strictObject({
  pack: z.string().min(1).max(100),
  product: z.string().max(200).optional(),
  versions: z
    .array(
      z.strictObject({
        version: z.string().min(1).max(100),
        ga: ZIsoDate,
        end_of_shipping: ZIsoDate.optional(),
      }),
    )
    .min(1)
    .max(500),
  as_of: ZIsoDate,
  support_ended: ZIsoDate.optional(),
});
const ZVersionStatus = z.object({
  version: z.string(),
  status: z.enum(['supported', 'unsupported']),
  supported_until: z.string().nullable(),
  reason: z.string(),
  entitled: z.boolean().optional(),
  code: z.string().optional(),
});

/** The same answer as `aftercare release status --json` (H3, IVA-11), for vendor users, built-in packs. */
export const registerReleaseStatusRoutes: TRouteRegistrar = (app) => {
  app.post(
    '/api/v1/releases/status',
    {
      config: { auth: 'cases:read' },
      schema: {
        tags: ['releases'],
        summary: 'Support status and end-of-support date of versions under a pack rule (vendor users)',
        body: ZReleaseStatusBody,
        response: { 200: z.object({ versions: z.array(ZVersionStatus) }), ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (!releasePolicy.can(actor, 'view', null))
        throw new AppError('auth.forbidden', 'Release status is for vendor users');
      const body = request.body;
      const rules = getBuiltInPack(body.pack).releases;
      try {
        return { versions: assessVersionSupport(rules, body.versions, body.as_of, body.support_ended) };
      } catch (error) {
        throw new AppError('release.invalid_input', error instanceof Error ? error.message : String(error));
      }
    },
  );
};
