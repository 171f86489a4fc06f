import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addContract } from '../api/record-fixtures.js';
import { createTestTenant, getTestDatabase, loginAs, type TTestTenant } from '../helpers/index.js';
import { screenshotPath, startBrowserHarness, type TBrowserHarness } from './browser-harness.js';
import { signInAsTestUser, signOutThroughShell } from './sign-in-helpers.js';

let harness: TBrowserHarness;
let tenant: TTestTenant;
let caseNumber: number;

beforeAll(async () => {
  const db = await getTestDatabase();
  tenant = await createTestTenant(db);
  await addContract(tenant.system, tenant.accountId, { plan: 'premium' }, db);
  harness = await startBrowserHarness();
  const customer = await loginAs(harness.server, tenant.users.customer_contact);
  const opened = await customer.post('/api/v1/cases', {
    title: 'Badge readers offline in the east wing',
    description: 'Every reader on floor two shows a red light since the night shift',
    severity: 'P2',
  });
  expect(opened.statusCode).toBe(201);
  caseNumber = (opened.json() as { number: number }).number;
  await customer.post('/api/v1/cases', {
    title: 'Password reset emails',
    description: 'Late',
    severity: 'P3',
  });
});

afterAll(async () => {
  await harness?.close();
});

describe('search (browser)', () => {
  it('an agent searches from the header, sees the matching case with the words marked, and opens it', async () => {
    const page = await harness.newPage();
    await signInAsTestUser(page, harness.baseUrl, tenant.users.agent, '/agent/queue');
    await page.getByRole('main').getByRole('heading', { level: 1 }).first().waitFor();
    const box = page.getByRole('searchbox', { name: 'Search cases and people' });
    await box.fill('reader shift');
    await box.press('Enter');
    await page.getByRole('heading', { name: 'Search results for “reader shift”' }).waitFor();
    const hit = page.getByRole('link', { name: `#${caseNumber} Badge readers offline in the east wing` });
    await hit.waitFor();
    expect(await page.getByText('Password reset emails').count()).toBe(0);
    const marked = await page.locator('.search-results mark').allTextContents();
    expect(marked).toContain('shift');
    expect(marked.some((word) => /^readers?$/i.test(word))).toBe(true);
    await page.screenshot({ path: screenshotPath('search-results'), fullPage: true });
    await hit.click();
    await page.waitForURL(/\/agent\/queue\/[0-9a-f-]{36}$/);
    await signOutThroughShell(page);
  });

  it('a customer finds their case by number and is told plainly when nothing matches', async () => {
    const page = await harness.newPage();
    await signInAsTestUser(page, harness.baseUrl, tenant.users.customer_contact, '/portal/cases');
    await page.getByRole('main').getByRole('heading', { level: 1 }).first().waitFor();
    const box = page.getByRole('searchbox', { name: 'Search cases and people' });
    await box.fill(`#${caseNumber}`);
    await box.press('Enter');
    await page.getByRole('link', { name: new RegExp(`^#${caseNumber} Badge readers`) }).click();
    await page.waitForURL(/\/portal\/cases\/[0-9a-f-]{36}$/);
    await box.fill('zeppelin');
    await box.press('Enter');
    await page.getByText('Nothing matches “zeppelin”. Try fewer or other words.').waitFor();
  });
});
