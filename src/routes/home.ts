import type { FastifyInstance } from 'fastify';

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Aftercare</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><main><h1>Aftercare</h1><p>Support &amp; maintenance management. The API lives under
<a href="/api/docs">/api/docs</a>.</p></main></body></html>`;

export function registerHomeRoute(app: FastifyInstance): void {
  app.get('/', async (_request, reply) => reply.type('text/html; charset=utf-8').send(page));
}
