import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wantsEmail } from '../../src/notifications/notification-preferences.js';
import { createTestTenant, getTestDatabase, type TTestTenant } from '../helpers/index.js';
import { screenshotPath, startBrowserHarness, type TBrowserHarness } from './browser-harness.js';
import { signInAsTestUser } from './sign-in-helpers.js';

let harness: TBrowserHarness;
let tenant: TTestTenant;

beforeAll(async () => {
  tenant = await createTestTenant(await getTestDatabase());
  harness = await startBrowserHarness();
});

afterAll(async () => {
  await harness?.close();
});

describe('notification settings (browser)', () => {
  it('a customer turns off reply emails from the header link, and the choice sticks', async () => {
    const page = await harness.newPage();
    const customer = tenant.users.customer_contact;
    await signInAsTestUser(page, harness.baseUrl, customer);
    await page.getByRole('link', { name: 'Notifications' }).click();
    await page.getByRole('heading', { name: 'Notifications', level: 1 }).waitFor();
    const replies = page.getByLabel('A new reply on a case');
    expect(await replies.isChecked()).toBe(true);
    // Staff-only events are not offered to a customer.
    expect(await page.getByLabel('A deadline was missed').count()).toBe(0);
    await replies.uncheck();
    // The toggle says it was saved.
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    // The save is under way once the preference is stored; then reload and see it kept.
    const db = await getTestDatabase();
    for (
      let tries = 0;
      tries < 50 && (await wantsEmail(db, tenant.tenant.id, customer.id, 'case.commented'));
      tries++
    ) {
      await page.waitForTimeout(100);
    }
    await page.reload();
    await page.getByLabel('A new reply on a case').waitFor();
    expect(await page.getByLabel('A new reply on a case').isChecked()).toBe(false);
    expect(await page.getByLabel('Confirmation of a new case with its targets').isChecked()).toBe(true);
    await page.screenshot({ path: screenshotPath('notification-settings'), fullPage: true });

    expect(await wantsEmail(db, tenant.tenant.id, customer.id, 'case.commented')).toBe(false);
    expect(await wantsEmail(db, tenant.tenant.id, customer.id, 'case.opened')).toBe(true);
  });
});
