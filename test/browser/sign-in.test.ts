import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshotPath, startBrowserHarness, type TBrowserHarness } from './browser-harness.js';

let harness: TBrowserHarness;

beforeAll(async () => {
  harness = await startBrowserHarness();
});

afterAll(async () => {
  await harness?.close();
});

async function openSignIn(page: Page): Promise<void> {
  await page.goto(`${harness.baseUrl}/sign-in`);
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
}

describe('sign-in page (browser)', () => {
  it('renders a labelled form inside a main landmark', async () => {
    const page = await harness.newPage();
    await openSignIn(page);
    expect(await page.title()).toBe('Sign in · Aftercare');
    const main = page.getByRole('main');
    expect(await main.count()).toBe(1);
    for (const label of ['Organisation', 'Email', 'Password']) {
      const field = main.getByLabel(label, { exact: true });
      expect(await field.count()).toBe(1);
      expect(await field.getAttribute('required')).not.toBeNull();
    }
    expect(await main.getByLabel('Password', { exact: true }).getAttribute('type')).toBe('password');
    expect(await main.getByRole('button', { name: 'Sign in' }).isEnabled()).toBe(true);

    // Keyboard: the fields and the button are reachable with Tab, in order.
    await main.getByLabel('Organisation', { exact: true }).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sign-in-email');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sign-in-password');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Sign in');

    await page.screenshot({ path: screenshotPath('sign-in'), fullPage: true });
    await page.close();
  });

  it("shows the API's error message when the credentials are refused", async () => {
    const attempt = { tenant: 'acme', email: 'nobody@example.com', password: 'not-the-password' };
    // What the API itself answers to this attempt; the page must show exactly that message.
    const direct = await fetch(`${harness.baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(attempt),
    });
    expect(direct.ok).toBe(false);
    const apiMessage = ((await direct.json()) as { error: { message: string } }).error.message;
    expect(apiMessage.length).toBeGreaterThan(0);

    const page = await harness.newPage();
    await openSignIn(page);
    await page.getByLabel('Organisation', { exact: true }).fill(attempt.tenant);
    await page.getByLabel('Email', { exact: true }).fill(attempt.email);
    await page.getByLabel('Password', { exact: true }).fill(attempt.password);
    await page.getByRole('button', { name: 'Sign in' }).click();

    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect((await alert.textContent())?.trim()).toBe(apiMessage);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');
    expect(await page.getByLabel('Password', { exact: true }).inputValue()).toBe('');
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await page.screenshot({ path: screenshotPath('sign-in-error'), fullPage: true });
    await page.close();
  });

  it('sends a signed-out visitor of a deep link to sign in, remembering where they were going', async () => {
    const page = await harness.newPage({ width: 390, height: 844 });
    await page.goto(`${harness.baseUrl}/agent/queue`);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    const url = new URL(page.url());
    expect(url.pathname).toBe('/sign-in');
    expect(url.searchParams.get('next')).toBe('/agent/queue');
    // The card fits a phone screen without horizontal scrolling.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: screenshotPath('sign-in-mobile'), fullPage: true });
    await page.close();
  });
});
