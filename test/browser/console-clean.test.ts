import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/demo/seed-demo.js';
import { testNow } from '../helpers/index.js';
import { getTestDatabase } from '../helpers/test-database.js';
import { startBrowserHarness, type TBrowserHarness } from './browser-harness.js';
import { signInThroughForm, signOutThroughShell, uniqueDemoTenant } from './sign-in-helpers.js';

const demo = uniqueDemoTenant('console');
let harness: TBrowserHarness;

beforeAll(async () => {
  await seedDemo({ db: await getTestDatabase() }, testNow(), demo);
  harness = await startBrowserHarness();
});

afterAll(async () => {
  await harness?.close();
});

/** Every link of the side navigation (and the first case of a case list), visited in turn. */
async function visitEveryPage(page: Page): Promise<string[]> {
  // The nav is folded behind the Menu button on a phone: read its links from the DOM.
  const nav = page.locator('nav.side-nav');
  await nav.waitFor({ state: 'attached' });
  const paths = await nav
    .locator('a[href]')
    .evaluateAll((links) => [...new Set(links.map((link) => link.getAttribute('href') ?? ''))]);
  for (const path of paths) {
    await page.goto(`${harness.baseUrl}${path}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.waitForLoadState('networkidle');
  }
  return paths;
}

describe('no console errors on any page (browser)', () => {
  for (const [email, width] of [
    ['admin@demo.test', 1280],
    ['manager@demo.test', 1280],
    ['agent@demo.test', 390],
    ['northwind-admin@demo.test', 1280],
    ['northwind-contact@demo.test', 390],
  ] as const) {
    it(`${email} at ${width} px visits every page of the navigation without a console error`, async () => {
      const page = await harness.newPage({ width, height: 900 });
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
      await harness.context.clearCookies();
      await signInThroughForm(page, harness.baseUrl, { tenant: demo.slug, email });
      const paths = await visitEveryPage(page);
      expect(paths.length).toBeGreaterThan(1);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(overflow).toBeLessThanOrEqual(width);
      expect(errors).toEqual([]);
      await signOutThroughShell(page);
      await page.close();
    }, 180_000);
  }
});
