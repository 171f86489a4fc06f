import { z } from 'zod';
import { assertReadsPackAdmin } from '../commands/packs/assert-pack-access.js';
import {
  diffPackVersions,
  getPackVersionSource,
  listVersionsOfPack,
} from '../commands/packs/list-pack-versions.js';
import { previewPackVersion } from '../commands/packs/preview-pack-version.js';
import { publishPackVersion } from '../commands/packs/publish-pack-version.js';
import { uploadPackVersion } from '../commands/packs/upload-pack-version.js';
import { MAX_PACK_YAML_BYTES, validatePackYaml } from '../commands/packs/validate-pack-yaml.js';
import { ZIsoDate } from '../domain/packs/schema-common.js';
import {
  presentPackDiff,
  presentPackPreview,
  presentPackVersion,
  ZPackDiffView,
  ZPackPreviewView,
  ZPackValidationView,
  ZPackVersionView,
} from '../presenters/present-pack-version.js';
import type { TRouteRegistrar } from './api-types.js';
import { errorResponses } from './error-schema.js';
import { requireActor } from './route-auth.js';

const ZYaml = z
  .string()
  .max(MAX_PACK_YAML_BYTES * 2)
  .describe('Pack YAML (aftercare.pack/v1), at most 512 KB');
const ZPackParams = z.strictObject({ id: z.string().min(1).max(100) });
const ZVersionParams = z.strictObject({
  id: z.string().min(1).max(100),
  version: z.string().min(1).max(100),
});

/** Tenant pack versions: validate, upload (draft), publish, list, source, diff, preview. */
export const registerPackAdminRoutes: TRouteRegistrar = (app, deps) => {
  app.post(
    '/api/v1/packs/validate',
    {
      config: { auth: 'authenticated' },
      schema: {
        tags: ['packs'],
        summary: 'Validate pack YAML: errors with line, column and field path (never stores anything)',
        body: z.strictObject({ yaml: ZYaml }),
        response: { 200: ZPackValidationView, ...errorResponses },
      },
    },
    async (request) => {
      assertReadsPackAdmin(requireActor(request));
      const { valid, errors, summary } = validatePackYaml(request.body.yaml);
      return { valid, errors, summary };
    },
  );

  app.post(
    '/api/v1/packs',
    {
      config: { auth: 'admin' },
      schema: {
        tags: ['packs'],
        summary: 'Upload a pack version as a draft (vendor admins); 400 with line/column errors if invalid',
        body: z.strictObject({ yaml: ZYaml, effectiveFrom: ZIsoDate.optional() }),
        response: { 201: ZPackVersionView, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const row = await uploadPackVersion(deps, actor, request.body, deps.clock());
      const { entry } = await getPackVersionSource(deps, actor, row.pack_id, row.version);
      return reply.status(201).send(presentPackVersion(entry, actor));
    },
  );

  app.post(
    '/api/v1/packs/:id/versions/:version/publish',
    {
      config: { auth: 'admin' },
      schema: {
        tags: ['packs'],
        summary: 'Publish a draft version (vendor admins)',
        params: ZVersionParams,
        response: { 200: ZPackVersionView, ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { id, version } = request.params;
      await publishPackVersion(deps, actor, { packId: id, version }, deps.clock());
      return presentPackVersion((await getPackVersionSource(deps, actor, id, version)).entry, actor);
    },
  );

  app.get(
    '/api/v1/packs/:id/versions',
    {
      config: { auth: 'authenticated' },
      schema: {
        tags: ['packs'],
        summary: 'Built-in and tenant versions of a pack with status and effective dates (vendor staff)',
        params: ZPackParams,
        response: { 200: z.object({ items: z.array(ZPackVersionView) }), ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const entries = await listVersionsOfPack(deps, actor, request.params.id);
      return { items: entries.map((entry) => presentPackVersion(entry, actor)) };
    },
  );

  app.get(
    '/api/v1/packs/:id/versions/:version',
    {
      config: { auth: 'authenticated' },
      schema: {
        tags: ['packs'],
        summary: 'One version of a pack with its YAML (vendor staff)',
        params: ZVersionParams,
        response: { 200: ZPackVersionView.extend({ yaml: z.string() }), ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { entry, yaml } = await getPackVersionSource(
        deps,
        actor,
        request.params.id,
        request.params.version,
      );
      return { ...presentPackVersion(entry, actor), yaml };
    },
  );

  app.get(
    '/api/v1/packs/:id/diff',
    {
      config: { auth: 'authenticated' },
      schema: {
        tags: ['packs'],
        summary: 'What changed between two versions of a pack: `{path, before, after, label}` entries',
        params: ZPackParams,
        querystring: z.strictObject({ from: z.string().min(1).max(100), to: z.string().min(1).max(100) }),
        response: { 200: ZPackDiffView, ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { from, to } = request.query;
      const entries = await diffPackVersions(deps, actor, { packId: request.params.id, from, to });
      return presentPackDiff(request.params.id, from, to, entries);
    },
  );

  app.post(
    '/api/v1/packs/:id/preview',
    {
      config: { auth: 'authenticated' },
      schema: {
        tags: ['packs'],
        summary:
          "Due times of the tenant's cases in a period (default: last month) under a candidate version",
        params: ZPackParams,
        body: z.strictObject({
          version: z.string().min(1).max(100),
          from: ZIsoDate.optional(),
          to: ZIsoDate.optional(),
        }),
        response: { 200: ZPackPreviewView, ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const preview = await previewPackVersion(
        deps,
        actor,
        { packId: request.params.id, ...request.body },
        deps.clock(),
      );
      return presentPackPreview(preview);
    },
  );
};
