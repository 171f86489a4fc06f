import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** web/dist from src/routes (tsx) and from dist/routes (compiled) alike. */
export const defaultWebDistDir = fileURLToPath(new URL('../../web/dist', import.meta.url));

const htmlSecurityHeaders: Record<string, string> = {
  'content-security-policy': [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; '),
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'cache-control': 'no-cache',
};

const notBuiltPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Aftercare</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><main><h1>Aftercare</h1><p>The web app has not been built yet. Run <code>npm run build:web</code>
(<code>npm start</code> does it for you), then reload. The API lives under
<a href="/api/docs">/api/docs</a>.</p></main></body></html>`;

/** A top-level file of web/dist such as /favicon.ico (no folders, no dot files). */
const topLevelFile = /^\/([A-Za-z0-9_-][A-Za-z0-9_.-]*\.[A-Za-z0-9]+)$/;

function isApiPath(url: string): boolean {
  return url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');
}

function acceptsHtml(request: FastifyRequest): boolean {
  return (request.headers.accept ?? '').includes('text/html');
}

/**
 * Serves the React app from web/dist: hashed bundles under /assets/ (cached for a year), and
 * index.html for every other GET that a browser navigates to (SPA fallback), so deep links such as
 * /agent/queue work. /api/… and non-HTML requests for unknown paths still get the JSON 404.
 */
export async function registerWebApp(
  app: FastifyInstance,
  options: { distDir?: string } = {},
): Promise<void> {
  const distDir = options.distDir ?? defaultWebDistDir;
  const assetsDir = join(distDir, 'assets');

  if (existsSync(assetsDir)) {
    await app.register(fastifyStatic, {
      root: assetsDir,
      prefix: '/assets/',
      decorateReply: false,
      index: false,
      immutable: true,
      maxAge: '365d',
    });
  }
  await app.register(fastifyStatic, { root: distDir, serve: false, decorateReply: true });

  const serveApp = async (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (isApiPath(path) || path.startsWith('/assets/')) return reply.callNotFound();
    const file = topLevelFile.exec(path)?.[1];
    if (file && file !== 'index.html') {
      return existsSync(join(distDir, file)) ? reply.sendFile(file) : reply.callNotFound();
    }
    if (path !== '/' && !acceptsHtml(request)) return reply.callNotFound();
    reply.headers(htmlSecurityHeaders);
    if (!existsSync(join(distDir, 'index.html'))) {
      return reply.status(503).type('text/html; charset=utf-8').send(notBuiltPage);
    }
    return reply.type('text/html; charset=utf-8').sendFile('index.html', { cacheControl: false });
  };
  app.get('/', serveApp);
  app.get('/*', serveApp);
}
