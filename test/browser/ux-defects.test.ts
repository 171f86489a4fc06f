import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setAccountPin } from '../../src/commands/accounts/set-account-pin.js';
import { openCase } from '../../src/commands/cases/open-case.js';
import { addAccount, addContract, ivantiDetails } from '../api/record-fixtures.js';
import { createTestTenant, type TTestTenant, testNow, uniqueSuffix } from '../helpers/index.js';
import { getTestDatabase } from '../helpers/test-database.js';
import { screenshotPath, startBrowserHarness, type TBrowserHarness } from './browser-harness.js';
import { signInAsTestUser, signOutThroughShell } from './sign-in-helpers.js';

let harness: TBrowserHarness;
let tenant: TTestTenant;
const suffix = uniqueSuffix();

/** Console errors and failed responses (4xx/5xx) a page logs while the test runs. */
function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

beforeAll(async () => {
  const db = await getTestDatabase();
  tenant = await createTestTenant(db);
  const northwind = await addAccount(tenant.system, `Northwind ${suffix} (US)`, 'americas', db);
  const stMarys = await addAccount(tenant.system, `St Mary ${suffix} (US)`, 'americas', db);
  for (const account of [northwind, stMarys]) {
    await addContract(tenant.system, account.id, { plan: 'premium' }, db);
    await setAccountPin({ db }, tenant.system, { accountId: account.id, pin: '135790' }, testNow());
  }
  // The customer's own list: ten closed cases and one waiting on them.
  await addContract(tenant.system, tenant.accountId, {}, db);
  for (let index = 0; index < 10; index++) {
    const opened = await openCase(
      { db },
      tenant.system,
      {
        accountId: tenant.accountId,
        title: `Old question ${index}`,
        description: 'Answered.',
        severity: 'P3',
      },
      testNow(),
    );
    await db
      .updateTable('cases')
      .set({ status: 'closed', next_due_at: null })
      .where('tenant_id', '=', tenant.tenant.id)
      .where('id', '=', opened.case.id)
      .execute();
  }
  const waiting = await openCase(
    { db },
    tenant.system,
    { accountId: tenant.accountId, title: `Waiting on us ${suffix}`, description: 'Logs?', severity: 'P3' },
    testNow(),
  );
  await db
    .updateTable('cases')
    .set({ status: 'waiting_on_customer', next_due_at: null })
    .where('tenant_id', '=', tenant.tenant.id)
    .where('id', '=', waiting.case.id)
    .execute();
  // An Ivanti S1 reported through the portal: not eligible for the S1 target until the customer phones.
  const ivanti = await addAccount(tenant.system, `Globex ${suffix} (US)`, 'americas', db);
  await addContract(tenant.system, ivanti.id, { packId: 'ivanti', plan: 'premium' }, db);
  await openCase(
    { db },
    tenant.system,
    {
      accountId: ivanti.id,
      title: `Whole site down ${suffix}`,
      description: 'Nobody can sign in.',
      severity: 'S1',
      channel: 'portal',
      details: ivantiDetails,
    },
    testNow(),
  );
  harness = await startBrowserHarness();
});

afterAll(async () => {
  await harness?.close();
});

describe('console and portal defects of issue 18 (browser)', () => {
  it('loading the sign-in page signed out logs no console error (no 401 for /auth/me)', async () => {
    const page = await harness.newPage();
    const errors = watchConsole(page);
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(`${harness.baseUrl}/agent/queue`);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('phone intake keeps the PIN lock per account and says once, with tries left and the local time, what to do', async () => {
    const page = await harness.newPage();
    const errors = watchConsole(page);
    await signInAsTestUser(page, harness.baseUrl, tenant.users.agent, '/agent/phone-intake');
    await page.getByRole('heading', { name: 'Phone intake', level: 1 }).waitFor();
    await page.getByLabel('Search accounts by name').fill(suffix);
    await page.getByRole('radio', { name: /Northwind/ }).check();
    const pinInput = page.getByLabel(/Premium Support PIN for/);
    await pinInput.fill('000000');
    await page.getByRole('button', { name: 'Verify PIN' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'Wrong PIN. 4 tries left before PIN checks for this account lock.' })
      .waitFor();
    for (let attempt = 0; attempt < 5; attempt++) {
      await pinInput.fill('000000');
      const answered = page.waitForResponse((r) => r.url().endsWith('/phone-intake/verify'));
      await page.getByRole('button', { name: 'Verify PIN' }).click();
      await answered;
    }
    const lock = page.getByRole('alert').filter({ hasText: /locked until/ });
    await lock.waitFor();
    const text = (await lock.textContent()) ?? '';
    expect(text.match(/locked/g)).toHaveLength(1);
    // The browser runs in Europe/London: the lock's end in GMT with the zone's name, no raw ISO time.
    expect(text).toMatch(/locked until \w{3} \d{1,2} \w{3} \d{4}, \d{2}:\d{2} GMT\./);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    expect(text).toMatch(/Next: ask the caller to call back/);
    await page.screenshot({ path: screenshotPath('agent-phone-intake-locked'), fullPage: true });

    // Another account shows no lock (the lock belongs to Northwind).
    await page.getByRole('radio', { name: /St Mary/ }).check();
    await page.getByLabel(/Premium Support PIN for St Mary/).waitFor();
    const pinPanel = page.getByRole('region', { name: '2. Premium Support PIN' });
    expect(await pinPanel.getByRole('alert').allTextContents()).toEqual([]);
    expect(errors.filter((error) => !/status of 4(01|23)/.test(error))).toEqual([]);
    await signOutThroughShell(page);
    await page.close();
  });

  it('at 390 px the header fits: no horizontal overflow, notifications and sign-out on screen', async () => {
    for (const user of [tenant.users.support_manager, tenant.users.customer_contact]) {
      const page = await harness.newPage({ width: 390, height: 844 });
      await signInAsTestUser(page, harness.baseUrl, user);
      await page.getByRole('button', { name: 'Sign out' }).waitFor();
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForLoadState('networkidle');
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(390);
      for (const target of [
        page.getByRole('link', { name: 'Notifications', exact: true }),
        page.getByRole('button', { name: 'Sign out' }),
      ]) {
        const box = await target.boundingBox();
        expect(box).not.toBeNull();
        expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
      }
      await page.screenshot({ path: screenshotPath(`mobile-header-${user.role}`) });
      await signOutThroughShell(page);
      await page.close();
    }
  });

  it('the customer’s own list shows the case waiting on them before ten closed ones', async () => {
    const page = await harness.newPage();
    await signInAsTestUser(page, harness.baseUrl, tenant.users.customer_contact, '/portal/cases');
    const tables = page.getByRole('table');
    await page.getByRole('table', { name: 'Open cases' }).getByText(`Waiting on us ${suffix}`).waitFor();
    await page
      .getByRole('table', { name: 'Resolved and closed cases' })
      .getByText('Old question 0')
      .waitFor();
    const captions = await tables.evaluateAll((nodes) =>
      nodes.map((node) => node.querySelector('caption')?.textContent),
    );
    expect(captions[0]).toMatch(/Open cases/);
    await page.screenshot({ path: screenshotPath('portal-cases-open-first'), fullPage: true });
    await signOutThroughShell(page);
    await page.close();
  });

  it('a portal S1 that is not eligible sorts first in the agent queue, flagged "Needs a phone call"', async () => {
    const page = await harness.newPage();
    await signInAsTestUser(page, harness.baseUrl, tenant.users.agent, '/agent/queue');
    const firstRow = page.getByRole('table').first().locator('tbody tr').first();
    await firstRow.getByText(`Whole site down ${suffix}`).waitFor();
    await firstRow.getByText('Needs a phone call').waitFor();
    await page.screenshot({ path: screenshotPath('agent-queue-needs-phone-call'), fullPage: true });
    await signOutThroughShell(page);
    await page.close();
  });
});
