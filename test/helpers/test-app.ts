import type { FastifyInstance } from 'fastify';
import { loadConfig, type TConfig } from '../../src/config.js';
import type { TClock } from '../../src/lib/clock.js';
import type { TRouteRegistrar } from '../../src/routes/api-types.js';
import { buildServer } from '../../src/server.js';
import { createRunningClock } from './test-clock.js';
import { getTestDatabase } from './test-database.js';
import { harnessState } from './test-database-state.js';

export type TTestAppOptions = {
  /** Configuration overrides (strings, as in the environment). */
  env?: Record<string, string>;
  /** A fixed or controllable clock; by default one running from `testNow()`. */
  clock?: TClock;
  registrars?: readonly TRouteRegistrar[];
};

export function testConfig(env: Record<string, string> = {}): TConfig {
  // Test receivers listen on loopback: allow it the way an operator would (AFTERCARE_WEBHOOK_ALLOWED_HOSTS).
  return loadConfig({ LOG_LEVEL: 'silent', AFTERCARE_WEBHOOK_ALLOWED_HOSTS: '127.0.0.1', ...env });
}

/** The real Fastify app on the file's test database; closed automatically after the file. */
export async function createTestApp(options: TTestAppOptions = {}): Promise<FastifyInstance> {
  const app = await buildServer({
    config: testConfig(options.env),
    db: await getTestDatabase(),
    clock: options.clock ?? createRunningClock(),
    ...(options.registrars ? { registrars: options.registrars } : {}),
  });
  await app.ready();
  harnessState.apps.push(app);
  return app;
}
