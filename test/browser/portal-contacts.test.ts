import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contactResource } from '../../src/commands/contacts/contact-resource.js';
import { createRecord } from '../../src/commands/records/create-record.js';
import { addContract } from '../api/record-fixtures.js';
import { createTestTenant, getTestDatabase, type TTestTenant, testNow } from '../helpers/index.js';
import { screenshotPath, startBrowserHarness, type TBrowserHarness } from './browser-harness.js';
import { signInAsTestUser } from './sign-in-helpers.js';

let harness: TBrowserHarness;
let tenant: TTestTenant;

beforeAll(async () => {
  const db = await getTestDatabase();
  tenant = await createTestTenant(db);
  // Imprivata Premium: six named contacts (IMP-42), all in use.
  await addContract(tenant.system, tenant.accountId, { packId: 'imprivata-onesign', plan: 'premium' });
  for (let index = 1; index <= 6; index++) {
    await createRecord(
      { db },
      tenant.system,
      contactResource,
      { account_id: tenant.accountId, name: `Contact ${index}`, email: `contact-${index}@example.test` },
      testNow(),
    );
  }
  harness = await startBrowserHarness();
}, 180_000);

afterAll(async () => {
  await harness?.close();
});

describe('portal named contacts (browser)', () => {
  it('IMP-42 a customer admin edits and removes named contacts; the plan limit is explained in plain words', async () => {
    const page = await harness.newPage();
    await signInAsTestUser(page, harness.baseUrl, tenant.users.customer_admin);
    await page.getByRole('link', { name: 'Named contacts' }).first().click();
    await page.getByRole('heading', { name: 'Named contacts', level: 1 }).waitFor();
    await page.getByTestId('contact-usage').filter({ hasText: '6 of 6' }).waitFor();

    // Edit in place.
    await page.getByRole('button', { name: 'Edit Contact 1' }).click();
    const form = page.getByRole('form', { name: 'Edit Contact 1' });
    await form.getByLabel('Name').fill('Dana Whitfield');
    await form.getByLabel('Phone (optional)').fill('+1 555 0142');
    await form.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('rowheader', { name: 'Dana Whitfield' }).waitFor();
    await page.getByRole('cell', { name: '+1 555 0142' }).waitFor();

    // A seventh contact is refused, in plain words (no error code, no ids).
    await page.getByLabel('Name', { exact: true }).last().fill('Seventh Person');
    await page.getByLabel('Email', { exact: true }).last().fill('seventh@example.test');
    await page.getByRole('button', { name: 'Add contact' }).click();
    const refusal = page
      .getByRole('alert')
      .filter({ hasText: 'All 6 named contacts your plan allows are in use' });
    await refusal.waitFor();
    expect(await refusal.textContent()).not.toContain('contact.');
    await page.screenshot({ path: screenshotPath('portal-contacts-limit'), fullPage: true });

    // Remove one (after confirming), then the seventh fits.
    await page.getByRole('button', { name: 'Remove Contact 2' }).click();
    await page.getByRole('button', { name: 'Yes, remove' }).click();
    await page.getByTestId('contact-usage').filter({ hasText: '5 of 6' }).waitFor();
    expect(await page.getByRole('rowheader', { name: 'Contact 2' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Add contact' }).click();
    await page.getByRole('rowheader', { name: 'Seventh Person' }).waitFor();
    await page.getByTestId('contact-usage').filter({ hasText: '6 of 6' }).waitFor();
    await page.screenshot({ path: screenshotPath('portal-contacts'), fullPage: true });
  });
});
