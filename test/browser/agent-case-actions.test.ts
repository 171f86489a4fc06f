import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCase } from '../../src/commands/cases/open-case.js';
import { seedDemo } from '../../src/demo/seed-demo.js';
import { testNow, uniqueSuffix } from '../helpers/index.js';
import { getTestDatabase } from '../helpers/test-database.js';
import { screenshotPath, startBrowserHarness, type TBrowserHarness } from './browser-harness.js';
import { signInThroughForm, signOutThroughShell, uniqueDemoTenant } from './sign-in-helpers.js';

const demo = uniqueDemoTenant('actions');
let harness: TBrowserHarness;
let caseId = '';
const title = `Badge tap slow on ward 7 ${uniqueSuffix()}`;

beforeAll(async () => {
  const db = await getTestDatabase();
  await seedDemo({ db }, testNow(), demo);
  const tenant = await db
    .selectFrom('tenants')
    .select('id')
    .where('slug', '=', demo.slug)
    .executeTakeFirstOrThrow();
  const account = await db
    .selectFrom('accounts')
    .select('id')
    .where('tenant_id', '=', tenant.id)
    .where('name', '=', 'Northwind Health (US)')
    .executeTakeFirstOrThrow();
  const opened = await openCase(
    { db },
    { kind: 'system', tenantId: tenant.id, name: 'browser-test' },
    { accountId: account.id, title, description: 'Tapping in takes 20 s since Monday.', severity: 'P3' },
    testNow(),
  );
  caseId = opened.case.id;
  harness = await startBrowserHarness();
});

afterAll(async () => {
  await harness?.close();
});

describe('agent case actions (browser)', () => {
  it('changes the severity, escalates to Tier 3 with its evidence and records a reviewed configuration change', async () => {
    const page = await harness.newPage();
    await signInThroughForm(page, harness.baseUrl, {
      tenant: demo.slug,
      email: 'agent@demo.test',
      path: `/agent/queue/${caseId}`,
    });
    await page.getByRole('heading', { name: new RegExp(title) }).waitFor();

    await page.getByLabel('New severity').selectOption('P2');
    await page
      .getByLabel('Reason (agreed with the customer)')
      .fill('Agreed on the phone: two wards affected');
    const severity = page.waitForResponse(
      (r) => r.url().endsWith('/severity') && r.request().method() === 'POST',
    );
    await page.getByRole('button', { name: 'Change severity' }).click();
    expect((await severity).status()).toBe(200);

    await page.getByLabel('To tier').selectOption('3');
    await page.getByLabel('Reason', { exact: true }).fill('Needs a software change');
    await page.getByLabel('Tier 3 category').selectOption('agent');
    await page.getByLabel('VM image showing the issue').check();
    const escalation = page.waitForResponse((r) => r.url().endsWith('/escalate'));
    await page.getByRole('button', { name: 'Escalate to Tier 3' }).click();
    expect((await escalation).status()).toBe(200);
    await page.getByText('✔ provided: VM image showing the issue').waitFor();

    // Nothing is pre-selected, so a configuration change is not saved as a product defect.
    expect(await page.getByLabel('Product defect').isChecked()).toBe(false);
    expect(await page.getByRole('button', { name: 'Record outcome' }).isDisabled()).toBe(true);
    await page.getByLabel('Configuration change').check();
    expect(await page.getByLabel('Change done').isChecked()).toBe(false);
    await page.getByLabel('Change done').check();
    await page.getByRole('button', { name: 'Record outcome' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: /risk review/i })
      .waitFor();
    await page.getByLabel('Risk review (required before it is done)').fill('Low risk: one agent policy flag');
    await page.getByRole('button', { name: 'Record outcome' }).click();
    await page.getByText(/risk review: Low risk: one agent policy flag/).waitFor();
    await page.screenshot({ path: screenshotPath('agent-case-actions'), fullPage: true });
    await signOutThroughShell(page);
    await page.close();
  });
});
