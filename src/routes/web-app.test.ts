import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { registerErrorHandler } from './error-handler.js';
import { registerWebApp } from './web-app.js';

const html = { accept: 'text/html,application/xhtml+xml' };
const indexHtml = '<!doctype html><html><body><div id="root"></div></body></html>';

let app: FastifyInstance | undefined;
let dir: string | undefined;

async function startWith(files: Record<string, string>): Promise<FastifyInstance> {
  dir = mkdtempSync(join(tmpdir(), 'aftercare-web-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  app = Fastify({ logger: false });
  registerErrorHandler(app);
  await registerWebApp(app, { distDir: dir });
  return app;
}

afterEach(async () => {
  await app?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  app = undefined;
  dir = undefined;
});

describe('web app routes', () => {
  it('serves index.html at / with security headers', async () => {
    const server = await startWith({ 'index.html': indexHtml });
    const response = await server.inject({ url: '/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.body).toContain('<div id="root">');
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['cache-control']).toBe('no-cache');
  });

  it('answers deep links a browser navigates to with index.html (SPA fallback)', async () => {
    const server = await startWith({ 'index.html': indexHtml });
    const response = await server.inject({ url: '/agent/queue?tab=mine', headers: html });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<div id="root">');
  });

  it('keeps the JSON 404 for API paths and for non-HTML requests', async () => {
    const server = await startWith({ 'index.html': indexHtml });
    const api = await server.inject({ url: '/api/v1/nope', headers: html });
    expect(api.statusCode).toBe(404);
    expect(api.json().error.code).toBe('route.not_found');
    const json = await server.inject({ url: '/agent/queue', headers: { accept: 'application/json' } });
    expect(json.statusCode).toBe(404);
    expect(json.json().error.code).toBe('route.not_found');
  });

  it('serves hashed assets with long-lived caching and 404s missing ones', async () => {
    const server = await startWith({ 'index.html': indexHtml, 'assets/index-abc123.js': 'console.log(1);' });
    const asset = await server.inject({ url: '/assets/index-abc123.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['content-type']).toContain('javascript');
    expect(asset.headers['cache-control']).toContain('immutable');
    expect(asset.body).toBe('console.log(1);');
    const missing = await server.inject({ url: '/assets/gone.js', headers: html });
    expect(missing.statusCode).toBe(404);
  });

  it('serves top-level files and never dot files', async () => {
    const server = await startWith({
      'index.html': indexHtml,
      'robots.txt': 'User-agent: *',
      '.source-hash': 'x',
    });
    const robots = await server.inject({ url: '/robots.txt' });
    expect(robots.statusCode).toBe(200);
    expect(robots.body).toBe('User-agent: *');
    const hidden = await server.inject({ url: '/.source-hash', headers: html });
    expect(hidden.body).not.toBe('x');
  });

  it('explains how to build the app when web/dist is missing', async () => {
    const server = await startWith({});
    const response = await server.inject({ url: '/', headers: html });
    expect(response.statusCode).toBe(503);
    expect(response.body).toContain('npm run build:web');
  });
});
