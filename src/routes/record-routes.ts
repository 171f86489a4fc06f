import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { createRecord } from '../commands/records/create-record.js';
import { deleteRecordCommand } from '../commands/records/delete-record.js';
import type { TRecordResource } from '../commands/records/record-resource.js';
import { updateRecordCommand } from '../commands/records/update-record.js';
import { AppError } from '../lib/app-error.js';
import type { TActor } from '../policies/actor.js';
import { canReadRecords } from '../policies/record-policy.js';
import type { TApiScope } from '../policies/scopes.js';
import {
  findRecord,
  listRecords,
  type TRecordRow,
  type TRecordTable,
} from '../repositories/record-repository.js';
import { scopeOf } from '../repositories/record-scope.js';
import type { TApiApp, TRouteDeps } from './api-types.js';
import { errorResponses } from './error-schema.js';
import { decodeCursor, pageQueryShape, toPage, ZPage } from './pagination.js';
import { requireActor } from './route-auth.js';

/** How a plain record kind is exposed: CRUD + list with equality filters, sorting and keyset cursors. */
export type TRecordRouteSpec<K extends TRecordTable, TView> = {
  resource: TRecordResource<K>;
  /** Collection path, e.g. `/api/v1/accounts`. */
  path: string;
  tag: string;
  noun: string;
  scopes: { read: TApiScope; write: TApiScope };
  ZView: z.ZodType<TView>;
  present: (row: TRecordRow<K>, actor: TActor) => TView;
  ZCreate: z.ZodObject;
  ZUpdate: z.ZodObject;
  /** Query filters (camelCase → equality on the snake_case column). */
  filters: Record<string, z.ZodType>;
  /** Sort keys (camelCase; `created` = id order) besides the default `created`. */
  sorts: readonly string[];
};

/** camelCase API field → snake_case column (`is24x7Contact` → `is_24x7_contact`). */
export function toColumn(field: string): string {
  return field.replace(/^is24x7/, 'is_24x7').replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

export function toColumns(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(values)
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => [toColumn(key), value]),
  );
}

const ZCursor = z.strictObject({
  value: z.union([z.string(), z.number(), z.boolean(), z.null()]),
  id: z.uuid(),
});

export function registerRecordRoutes<K extends TRecordTable, TView>(
  app: TApiApp,
  deps: TRouteDeps,
  spec: TRecordRouteSpec<K, TView>,
): void {
  const { resource } = spec;
  // Schemas are chosen at run time here, so the zod type provider cannot type the handlers.
  const routes = app as unknown as FastifyInstance;
  const ZParams = z.strictObject({ id: z.uuid() });
  const sorts = ['created', ...spec.sorts] as [string, ...string[]];
  const ZListQuery = z.strictObject({
    ...pageQueryShape,
    ...Object.fromEntries(Object.entries(spec.filters).map(([key, schema]) => [key, schema.optional()])),
    sort: z.enum(sorts).default('created'),
  });
  const readable = (actor: TActor) => {
    if (!canReadRecords(actor, resource.customerVisible))
      throw new AppError('auth.forbidden', `You may not read ${spec.noun}s`);
  };

  routes.get(
    spec.path,
    {
      config: { auth: spec.scopes.read },
      schema: {
        tags: [spec.tag],
        summary: `List ${spec.noun}s (customer users: their own account only)`,
        querystring: ZListQuery,
        response: { 200: ZPage(spec.ZView), ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      readable(actor);
      const { limit, cursor, sort, ...filters } = request.query as Record<string, unknown> & {
        limit: number;
        cursor?: string;
        sort: string;
      };
      const column = sort === 'created' ? 'id' : toColumn(sort);
      const after = decodeCursor(cursor, ZCursor);
      const rows = await listRecords(deps.db, resource.table, scopeOf(actor), {
        filters: toColumns(filters) as Record<string, string | number | boolean | undefined>,
        sort: column,
        after,
        limit: limit + 1,
      });
      return toPage(
        rows,
        limit,
        (row) => ({ value: (row as Record<string, unknown>)[column] ?? null, id: row.id }),
        (row) => spec.present(row, actor),
      );
    },
  );

  routes.post(
    spec.path,
    {
      config: { auth: spec.scopes.write },
      schema: {
        tags: [spec.tag],
        summary: `Create ${withArticle(spec.noun)}`,
        body: spec.ZCreate,
        response: { 201: spec.ZView, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const values = toColumns(request.body as Record<string, unknown>);
      const row = await createRecord(deps, actor, resource, values, deps.clock());
      return reply.status(201).send(spec.present(row, actor));
    },
  );

  routes.get(
    `${spec.path}/:id`,
    {
      config: { auth: spec.scopes.read },
      schema: {
        tags: [spec.tag],
        summary: `One ${spec.noun}`,
        params: ZParams,
        response: { 200: spec.ZView, ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { id } = request.params as { id: string };
      const row = canReadRecords(actor, resource.customerVisible)
        ? await findRecord(deps.db, resource.table, scopeOf(actor), id)
        : undefined;
      if (!row) throw new AppError(resource.notFound, `No such ${spec.noun}`);
      return spec.present(row, actor);
    },
  );

  routes.patch(
    `${spec.path}/:id`,
    {
      config: { auth: spec.scopes.write },
      schema: {
        tags: [spec.tag],
        summary: `Change ${withArticle(spec.noun)}`,
        params: ZParams,
        body: spec.ZUpdate,
        response: { 200: spec.ZView, ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { id } = request.params as { id: string };
      const changes = toColumns(request.body as Record<string, unknown>);
      const row = await updateRecordCommand(deps, actor, resource, id, changes, deps.clock());
      return spec.present(row, actor);
    },
  );

  routes.delete(
    `${spec.path}/:id`,
    {
      config: { auth: spec.scopes.write },
      schema: {
        tags: [spec.tag],
        summary: `Delete ${withArticle(spec.noun)} (409 while other records refer to it)`,
        params: ZParams,
        response: { 204: z.null().describe('Deleted'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { id } = request.params as { id: string };
      await deleteRecordCommand(deps, actor, resource, id, deps.clock());
      return reply.status(204).send(null);
    },
  );
}

/** "an account", "a site". */
const withArticle = (noun: string) => `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
