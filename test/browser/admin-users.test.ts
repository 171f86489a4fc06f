import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTenant, getTestDatabase, type TTestTenant, uniqueSuffix } from '../helpers/index.js';
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

describe('users and roles (browser)', () => {
  it('a vendor admin adds an agent, makes them a support manager, then disables them', async () => {
    const page = await harness.newPage();
    const admin = tenant.users.vendor_admin;
    await signInAsTestUser(page, harness.baseUrl, admin, '/admin/users');
    await page.getByRole('heading', { name: 'Users & roles' }).waitFor();
    const form = page.getByRole('region', { name: 'Add a user' });
    await form.getByLabel('Name').fill('Jo Newman');
    await form.getByLabel('Email').fill(`jo.${uniqueSuffix()}@vendor.test`);
    await form.getByLabel('Role').selectOption('agent');
    await form.getByRole('button', { name: 'Add user' }).click();
    await form.getByRole('status').waitFor();

    const row = page.getByRole('row', { name: /Jo Newman/ });
    await row.waitFor();
    expect(await row.getByRole('cell', { name: 'Support agent', exact: true }).count()).toBe(1);
    await row.getByLabel('Role of Jo Newman').selectOption('support_manager');
    // Nothing is saved on selection: the admin confirms (or cancels) first.
    const confirmRole = row.getByRole('alertdialog', { name: 'Confirm change to Jo Newman' });
    await confirmRole.getByText('Change Jo Newman’s role from Support agent to Support manager?').waitFor();
    await confirmRole.getByRole('button', { name: 'Cancel' }).click();
    expect(await row.getByRole('cell', { name: 'Support agent', exact: true }).count()).toBe(1);
    await row.getByLabel('Role of Jo Newman').selectOption('support_manager');
    await page.screenshot({ path: screenshotPath('admin-users-confirm'), fullPage: true });
    await confirmRole.getByRole('button', { name: 'Confirm' }).click();
    await row.getByRole('cell', { name: 'Support manager', exact: true }).waitFor();
    await row.getByRole('button', { name: 'Disable Jo Newman' }).click();
    await row
      .getByRole('alertdialog')
      .getByText(/Disable Jo Newman\?/)
      .waitFor();
    await row.getByRole('alertdialog').getByRole('button', { name: 'Confirm' }).click();
    await row.getByRole('cell', { name: 'Disabled', exact: true }).waitFor();
    await row.getByRole('button', { name: 'Enable Jo Newman' }).waitFor();
    // The admin cannot lock themselves out: no disable button on their own row.
    const own = page.getByRole('row', { name: new RegExp(admin.name) });
    expect(await own.getByRole('button', { name: `Disable ${admin.name}` }).count()).toBe(0);
    await page.screenshot({ path: screenshotPath('admin-users'), fullPage: true });
  });
});
