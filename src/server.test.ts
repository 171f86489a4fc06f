import { describe, expect, it } from 'vitest';
import { getTestDatabase } from '../test/helpers/test-database.js';
import { loadConfig } from './config.js';
import { buildServer } from './server.js';

describe('server', () => {
  it('answers /healthz over real HTTP', async () => {
    const app = await buildServer({
      config: loadConfig({ LOG_LEVEL: 'silent' }),
      db: await getTestDatabase(),
    });
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const response = await fetch(`${address}/healthz`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: 'ok' });
      const missing = await fetch(`${address}/nope`);
      expect(missing.status).toBe(404);
      expect((await missing.json()).error.code).toBe('route.not_found');
    } finally {
      await app.close();
    }
  });

  it('rejects an invalid PORT with a message naming it', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT/);
  });
});
