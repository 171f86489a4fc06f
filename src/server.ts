import cookie from '@fastify/cookie';
import Fastify, { type FastifyInstance, LogController } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { systemClock } from './lib/clock.js';
import { apiRouteRegistrars } from './routes/api-routes.js';
import type { TApiApp, TRouteDeps, TRouteRegistrar, TServerDeps } from './routes/api-types.js';
import { registerAuthentication } from './routes/authenticate-request.js';
import { registerErrorHandler } from './routes/error-handler.js';
import { registerInputGuard } from './routes/guard-input.js';
import { registerHealthRoutes } from './routes/health.js';
import { registerIdempotencyKeys } from './routes/idempotency-key.js';
import { registerOpenApi, registerOpenApiDocuments } from './routes/openapi.js';
import { registerSecurityHeaders } from './routes/security-headers.js';
import { registerWebApp } from './routes/web-app.js';

export type { TServerDeps } from './routes/api-types.js';

/** Non-API parts of the site: health, and the web app (web/dist, SPA fallback) at `/`. */
const siteRegistrars: readonly TRouteRegistrar[] = [
  (app) => registerHealthRoutes(app),
  (app) => registerWebApp(app),
];

export type TBuildServerOptions = TServerDeps & {
  /** Extra route files (tests, plugins); registered after the built-in ones. */
  registrars?: readonly TRouteRegistrar[];
};

/**
 * Builds the HTTP app without listening, so tests can drive it with inject or over real HTTP.
 * Order matters: error handler → security headers → input guard → cookies → OpenAPI collector → authentication hook → Idempotency-Key → routes → docs.
 */
export async function buildServer(options: TBuildServerOptions): Promise<FastifyInstance> {
  const { config } = options;
  const deps: TRouteDeps = { config, db: options.db, clock: options.clock ?? systemClock };
  const app: TApiApp = Fastify({
    logger: config.LOG_LEVEL === 'silent' ? false : { level: config.LOG_LEVEL },
    bodyLimit: 1024 * 1024,
    trustProxy: config.AFTERCARE_TRUST_PROXY,
    // One line per request, at debug (LOG_LEVEL=debug shows them), instead of Fastify's two info lines
    // (logController: the non-deprecated form of disableRequestLogging).
    logController: new LogController({ disableRequestLogging: true }),
  }).withTypeProvider<ZodTypeProvider>();
  app.addHook('onResponse', async (request, reply) => {
    request.log.debug(
      {
        method: request.method,
        url: request.url,
        statusCode: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      'request',
    );
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  registerSecurityHeaders(app);
  registerInputGuard(app);
  await app.register(cookie);
  await registerOpenApi(app);
  registerAuthentication(app, deps);
  registerIdempotencyKeys(app, deps);
  for (const register of [...siteRegistrars, ...apiRouteRegistrars, ...(options.registrars ?? [])]) {
    await register(app, deps);
  }
  await registerOpenApiDocuments(app);
  return app;
}
