import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { TConfig } from '../config.js';
import type { TDb } from '../db/schema.js';
import type { TClock } from '../lib/clock.js';

/** What routes (and the server) get: configuration, the database, and the clock (tests may fix it). */
export type TServerDeps = {
  config: TConfig;
  db: TDb;
  /** Current time; every command gets `now` from here. Defaults to `systemClock` (src/lib/clock.ts). */
  clock?: TClock;
};

export type TRouteDeps = Required<TServerDeps>;

/** The Fastify app with the zod type provider: schemas type `request.body/query/params` and replies. */
export type TApiApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** One file of routes. Add yours to `apiRouteRegistrars` (routes/api-routes.ts). */
export type TRouteRegistrar = (app: TApiApp, deps: TRouteDeps) => void | Promise<void>;
