import type { Page } from 'playwright-core';
import { demoPassword, demoTenant } from '../../src/demo/demo-data.js';
import { type TTestUser, testPassword, uniqueSuffix } from '../helpers/index.js';

/** Signs in through the real form and waits for the first screen's heading. */
export async function signInThroughForm(
  page: Page,
  baseUrl: string,
  input: { email: string; tenant?: string; password?: string; path?: string },
): Promise<void> {
  const next = input.path ? `?next=${encodeURIComponent(input.path)}` : '';
  await page.goto(`${baseUrl}/sign-in${next}`);
  await page.getByLabel('Organisation', { exact: true }).fill(input.tenant ?? demoTenant.slug);
  await page.getByLabel('Email', { exact: true }).fill(input.email);
  await page.getByLabel('Password', { exact: true }).fill(input.password ?? demoPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname !== '/sign-in');
}

export async function signOutThroughShell(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
}

/**
 * A demo tenant of the test file's own (the suite's PostgreSQL database is shared by the files
 * running at once, and two files seeding one `demo` tenant would race): seed it and sign in to it.
 */
export function uniqueDemoTenant(label: string): { slug: string; name: string } {
  return { slug: `demo-${label}-${uniqueSuffix()}`, name: `Demo (${label})` };
}

/** Signs in through the form as a user of a test tenant (`createTestTenant`), optionally to a deep link. */
export async function signInAsTestUser(
  page: Page,
  baseUrl: string,
  user: TTestUser,
  path?: string,
): Promise<void> {
  await signInThroughForm(page, baseUrl, {
    tenant: user.tenantSlug,
    email: user.email,
    password: testPassword,
    ...(path ? { path } : {}),
  });
}
