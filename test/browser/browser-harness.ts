import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { loadConfig } from '../../src/config.js';
import type { TClock } from '../../src/lib/clock.js';
import { buildServer } from '../../src/server.js';
import { ensureWebBuild } from '../../web/scripts/ensure-web-build.js';
import { createRunningClock } from '../helpers/test-clock.js';
import { getTestDatabase } from '../helpers/test-database.js';

export const chromiumPath = '/usr/bin/chromium';
export const screenshotsDir = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export type TBrowserHarnessOptions = {
  /** The server's clock; by default one running from `testNow()`. The browser's clock starts at the same instant. */
  clock?: TClock;
  /** Configuration overrides (strings, as in the environment), e.g. AFTERCARE_DATA_DIR. */
  env?: Record<string, string>;
};

export type TBrowserHarness = {
  baseUrl: string;
  /** The server's clock (the browser's clock was set to agree with it). */
  clock: TClock;
  server: FastifyInstance;
  context: BrowserContext;
  newPage: (viewport?: { width: number; height: number }) => Promise<Page>;
  close: () => Promise<void>;
};

/**
 * Builds web/dist if it is missing or stale, starts the real server on 127.0.0.1:0 on the test
 * file's database (make data with createTestTenant) and launches Debian's chromium with a fresh profile.
 * Server and browser share one test instant (`testNow()` unless `options.clock`), so what a test expects
 * never depends on the real time of day, and countdowns in the page agree with the server.
 */
export async function startBrowserHarness(options: TBrowserHarnessOptions = {}): Promise<TBrowserHarness> {
  const clock = options.clock ?? createRunningClock();
  if (!existsSync(chromiumPath)) {
    throw new Error(`${chromiumPath} is missing: apt-get update && apt-get install -y chromium`);
  }
  await ensureWebBuild();
  const server = await buildServer({
    config: loadConfig({ LOG_LEVEL: 'silent', ...options.env }),
    db: await getTestDatabase(),
    clock,
  });
  const baseUrl = await server.listen({ port: 0, host: '127.0.0.1' });
  const profileDir = mkdtempSync(join(tmpdir(), 'aftercare-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: chromiumPath,
      headless: true,
      args: chromiumArgs,
      locale: 'en-GB',
      timezoneId: 'Europe/London',
      viewport: { width: 1280, height: 800 },
    });
    // The page's Date starts at the server's instant and then runs at real speed.
    await context.clock.install({ time: clock() });
  } catch (error) {
    await server.close();
    rmSync(profileDir, { recursive: true, force: true });
    throw error;
  }
  mkdirSync(screenshotsDir, { recursive: true });
  return {
    baseUrl,
    clock,
    server,
    context,
    newPage: async (viewport) => {
      const page = await context.newPage();
      if (viewport) await page.setViewportSize(viewport);
      return page;
    },
    close: async () => {
      await context.close();
      await server.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

export function screenshotPath(name: string): string {
  return join(screenshotsDir, `${name}.png`);
}
