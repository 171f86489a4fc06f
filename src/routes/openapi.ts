import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import type { TApiApp } from './api-types.js';
import { sessionCookieName } from './route-auth.js';

/** Registers the OpenAPI generator; call before any route so every route is documented. */
export async function registerOpenApi(app: TApiApp): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Aftercare API',
        version: '1',
        description:
          'Support & maintenance management. Authenticate with the session cookie from POST /api/v1/auth/login ' +
          '(send x-csrf-token on writes) or with `Authorization: Bearer ac_…` API tokens (scoped). ' +
          'Errors: `{error: {code, message, details: [{field, message}]}}`. ' +
          'Retries: send `Idempotency-Key` (1–255 visible ASCII characters) on any authenticated POST; a retry with ' +
          'the same key and request within 24 hours gets the first answer again (`Idempotency-Replayed: true`) and ' +
          'writes nothing; the same key with another request → 422 `idempotency.key_reused`.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: sessionCookieName },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
    // Only the JSON API is documented; health, the home page and static files stay out.
    transform: (document) =>
      document.url.startsWith('/api/v1/')
        ? jsonSchemaTransform(document)
        : { schema: { ...document.schema, hide: true }, url: document.url },
    transformObject: jsonSchemaTransformObject,
  });
}

/** GET /api/v1/openapi.json and the browsable docs at /api/docs; call after every route. */
export async function registerOpenApiDocuments(app: TApiApp): Promise<void> {
  app.get('/api/v1/openapi.json', { config: { auth: 'public' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
}
