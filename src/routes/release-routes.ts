import { z } from 'zod';
import { createRelease } from '../commands/releases/create-release.js';
import { loadSupportOfReleases } from '../commands/releases/load-release-support.js';
import { publishRelease } from '../commands/releases/publish-release.js';
import { releaseStatuses } from '../db/schema-releases.js';
import { AppError } from '../lib/app-error.js';
import { releasePolicy } from '../policies/release-policy.js';
import { presentRelease, ZReleaseView } from '../presenters/present-release.js';
import { countFixedCases, findRelease, listReleases } from '../repositories/release-repository.js';
import type { TRouteRegistrar } from './api-types.js';
import { errorResponses } from './error-schema.js';
import { requireActor } from './route-auth.js';

const ZIsoDate = z.iso.date();
const ZReleaseCreate = z.strictObject({
  version: z.string().trim().min(1).max(100),
  productId: z.uuid().optional(),
  notes: z.string().max(20_000).optional(),
  gaDate: ZIsoDate.optional().describe('Planned GA date; omit while the release is not scheduled'),
  endOfShipping: ZIsoDate.optional().describe('Last day it ships; default the successor’s GA date (H3)'),
});
const ZReleaseQuery = z.strictObject({
  status: z.enum(releaseStatuses).optional(),
  productId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(100),
});
const ZReleaseParams = z.strictObject({ id: z.uuid() });

/** Releases that product-defect outcomes point to; publishing one tells the affected customers. */
export const registerReleaseRoutes: TRouteRegistrar = (app, deps) => {
  app.get(
    '/api/v1/releases',
    {
      config: { auth: 'cases:read' },
      schema: {
        tags: ['releases'],
        summary: 'List releases (vendor users), newest first',
        querystring: ZReleaseQuery,
        response: { 200: z.object({ items: z.array(ZReleaseView) }), ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (!releasePolicy.can(actor, 'view', null))
        throw new AppError('auth.forbidden', 'Releases are for vendor users');
      const { limit, ...filters } = request.query;
      const rows = await listReleases(deps.db, actor.tenantId, filters, limit);
      const counts = await countFixedCases(
        deps.db,
        actor.tenantId,
        rows.map((row) => row.id),
      );
      const support = await loadSupportOfReleases(deps.db, actor.tenantId, rows, deps.clock());
      return {
        items: rows.map((row) =>
          presentRelease(row, actor, counts.get(row.id) ?? 0, support.get(row.id) ?? null),
        ),
      };
    },
  );

  app.post(
    '/api/v1/releases',
    {
      config: { auth: 'cases:write' },
      schema: {
        tags: ['releases'],
        summary: 'Record a planned release with its planned GA date (vendor admins, support managers)',
        body: ZReleaseCreate,
        response: { 201: ZReleaseView, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const row = await createRelease(deps, actor, request.body, deps.clock());
      return reply.status(201).send(presentRelease(row, actor, 0));
    },
  );

  app.post(
    '/api/v1/releases/:id/publish',
    {
      config: { auth: 'cases:write' },
      schema: {
        tags: ['releases'],
        summary:
          'Publish a release (GA = today) and notify the cases it fixes and, per plan, the accounts (idempotent)',
        params: ZReleaseParams,
        response: {
          200: z.object({ release: ZReleaseView, notifiedCases: z.number().int() }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const result = await publishRelease(deps, actor, request.params.id, deps.clock());
      const counts = await countFixedCases(deps.db, actor.tenantId, [result.release.id]);
      const current = (await findRelease(deps.db, actor.tenantId, result.release.id)) ?? result.release;
      const support = await loadSupportOfReleases(deps.db, actor.tenantId, [current], deps.clock());
      return {
        release: presentRelease(current, actor, counts.get(current.id) ?? 0, support.get(current.id) ?? null),
        notifiedCases: result.notifiedCases,
      };
    },
  );
};
