import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTrmSubscription } from '../../src/commands/training/create-trm-subscription.js';
import { createUsageInstallation } from '../../src/commands/training/create-usage-installation.js';
import { ingestUsageSummary } from '../../src/commands/training/ingest-usage-summary.js';
import { recordHealthCheck } from '../../src/commands/training/record-health-check.js';
import { addContract } from '../api/record-fixtures.js';
import { createTestTenant, getTestDatabase, type TTestTenant } from '../helpers/index.js';
import { screenshotPath, startBrowserHarness, type TBrowserHarness } from './browser-harness.js';
import { signInAsTestUser } from './sign-in-helpers.js';

let harness: TBrowserHarness;
let tenant: TTestTenant;
const at = new Date('2026-03-02T15:00:00Z');

beforeAll(async () => {
  const db = await getTestDatabase();
  tenant = await createTestTenant(db);
  // Booking TRM time needs active support (loadEntitlement).
  await addContract(tenant.system, tenant.accountId, { packId: 'ivanti', plan: 'enterprise' }, db);
  // Purchased long ago: the voucher bookings below fall in the current term whatever today is.
  await createTrmSubscription(
    { db },
    tenant.system,
    { accountId: tenant.accountId, packId: 'ivanti', offering: 'basic', purchasedOn: '2020-01-01' },
    at,
  );
  const { token } = await createUsageInstallation(
    { db },
    tenant.system,
    { accountId: tenant.accountId, name: 'Main campus' },
    at,
  );
  for (const [day, users] of [
    ['2026-02-26', 90],
    ['2026-02-27', 110],
    ['2026-02-28', 40],
    ['2026-03-01', 35],
  ] as const) {
    const body = {
      day,
      software_version: '7.9.1',
      daily_usage_statistics: { active_users: users, sessions: users * 2, authentications: users * 7 },
      user_and_computer_statistics: { users: 140, computers: 60 },
      logins_per_application_per_day: [{ application: 'EHR', logins: users * 3 }],
    };
    await ingestUsageSummary({ db }, { token, body }, at);
  }
  await recordHealthCheck(
    { db },
    tenant.system,
    {
      accountId: tenant.accountId,
      checkId: 'test_environment',
      status: 'not_met',
      note: 'No staging site yet',
    },
    at,
  );
  harness = await startBrowserHarness();
});

afterAll(async () => {
  await harness?.close();
});

describe('portal Training (browser)', () => {
  it('IVA-45 a customer sees remaining TRM days, books a voucher for a named person, is refused a second; usage chart renders', async () => {
    const page = await harness.newPage();
    await signInAsTestUser(page, harness.baseUrl, tenant.users.customer_admin);
    await page.getByRole('link', { name: 'Training' }).first().click();
    await page.getByRole('heading', { name: 'Training', level: 1 }).waitFor();
    await page.getByText('12 of 12').waitFor();
    await page.getByText('travel included', { exact: false }).waitFor();
    await page.getByTestId('usage-chart').locator('svg.recharts-surface').first().waitFor();
    expect(await page.getByTestId('usage-chart').locator('.recharts-line').count()).toBe(3);

    await page.getByLabel('Booking').selectOption('voucher');
    await page.getByLabel('Attendee').fill('Ada Lovelace');
    await page.getByRole('button', { name: 'Book' }).click();
    await page.getByRole('status').filter({ hasText: 'Booked' }).waitFor();
    await page.getByRole('cell', { name: 'Ada Lovelace' }).waitFor();
    const health = page.getByRole('region', { name: 'Your responsibilities' });
    await health.getByRole('row').filter({ hasText: 'Test environment' }).getByText('Not met').waitFor();
    await page.screenshot({ path: screenshotPath('portal-training'), fullPage: true });

    await page.getByLabel('Attendee').fill('Grace Hopper');
    await page.getByRole('button', { name: 'Book' }).click();
    await page.getByRole('alert').filter({ hasText: 'All vouchers of this term are used' }).waitFor();

    await page.setViewportSize({ width: 390, height: 900 });
    await page.screenshot({ path: screenshotPath('portal-training-390'), fullPage: true });
  });

  it("IVA-41 the vendor's TRM sees each customer's balance and an account's usage chart", async () => {
    await harness.context.clearCookies();
    const page = await harness.newPage();
    await signInAsTestUser(page, harness.baseUrl, tenant.users.support_manager);
    await page.getByRole('link', { name: 'TRM & usage' }).first().click();
    await page.getByRole('heading', { name: 'TRM & usage', level: 1 }).waitFor();
    await page.getByRole('cell', { name: 'basic', exact: true }).waitFor();
    await page.getByLabel('Account').selectOption(tenant.accountId);
    await page.getByTestId('usage-chart').locator('svg.recharts-surface').first().waitFor();
    await page.screenshot({ path: screenshotPath('agent-training'), fullPage: true });
  }, 90_000);
});
