import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/demo/seed-demo.js';
import { testNow } from '../helpers/index.js';
import { getTestDatabase } from '../helpers/test-database.js';
import { screenshotPath, startBrowserHarness, type TBrowserHarness } from './browser-harness.js';
import { signInThroughForm, signOutThroughShell, uniqueDemoTenant } from './sign-in-helpers.js';

const demo = uniqueDemoTenant('center');
let harness: TBrowserHarness;

beforeAll(async () => {
  await seedDemo({ db: await getTestDatabase() }, testNow(), demo);
  harness = await startBrowserHarness();
});

afterAll(async () => {
  await harness?.close();
});

describe('Customer Center (browser)', () => {
  it('IMP-37 a customer searches the knowledge base, sees highlighted matches and reads an article', async () => {
    const page = await harness.newPage();
    await signInThroughForm(page, harness.baseUrl, {
      tenant: demo.slug,
      email: 'northwind-admin@demo.test',
      path: '/portal/help',
    });
    await page.getByLabel('Search articles and documentation').fill('badge reader');
    await page.getByRole('button', { name: 'Search' }).click();
    const results = page.getByRole('list', { name: 'Search results' });
    await results.waitFor();
    expect(await results.locator('mark').count()).toBeGreaterThan(0);
    // Internal runbooks never reach customers.
    expect(await page.getByText('Runbook').count()).toBe(0);
    await page.screenshot({ path: screenshotPath('portal-knowledge-base'), fullPage: true });
    await results.getByRole('link', { name: /Badge reader not detected/ }).click();
    await page.getByRole('heading', { name: 'Badge reader not detected on a workstation' }).waitFor();
    expect(await page.locator('.kb-body ol li').count()).toBe(4);
    await signOutThroughShell(page);
  });

  it('IMP-37 IMP-48 typing a case title suggests articles; an after-hours emergency severity shows the numbers to phone', async () => {
    const page = await harness.newPage();
    await signInThroughForm(page, harness.baseUrl, {
      tenant: demo.slug,
      email: 'northwind-admin@demo.test',
      path: '/portal/cases/new',
    });
    await page.getByLabel('Summary').fill('Badge reader stopped working');
    const suggestions = page.getByRole('region', { name: 'These articles may answer your question' });
    await suggestions.getByRole('link', { name: /Badge reader not detected/ }).waitFor();
    await page.getByLabel('Severity').selectOption('P0');
    const advisory = page.getByRole('note');
    await advisory.getByText('800 935 5958').waitFor();
    expect(await advisory.textContent()).toContain('Premium Support PIN');
    await page.screenshot({ path: screenshotPath('portal-case-suggestions'), fullPage: true });
    await signOutThroughShell(page);
  });

  it('IMP-45 IMP-48 IVA-10 the contact page shows phone numbers for the account, centre calendars for this year and next and what is out of scope', async () => {
    const page = await harness.newPage({ width: 390, height: 844 });
    await signInThroughForm(page, harness.baseUrl, {
      tenant: demo.slug,
      email: 'northwind-admin@demo.test',
      path: '/portal/support',
    });
    await page.getByRole('heading', { name: /Phone Imprivata/ }).waitFor();
    await page.getByRole('link', { name: '800 935 5958' }).waitFor();
    const year = testNow().getUTCFullYear();
    await page
      .getByRole('table', { name: `Holidays ${year} and ${year + 1} (closed)` })
      .first()
      .waitFor();
    await page.getByRole('region', { name: 'US Support Center' }).getByText('07:00–19:00').first().waitFor();
    await page.getByRole('heading', { name: 'What support does not cover' }).waitFor();
    expect(await page.getByText(/IMP-\d+/).count()).toBe(0);
    await page.screenshot({ path: screenshotPath('portal-contact-support'), fullPage: true });
    await signOutThroughShell(page);
  });

  it('IVA-25 IVA-26 IVA-18 a Premium customer sees the account team with direct contact and the service review agenda', async () => {
    const page = await harness.newPage();
    await signInThroughForm(page, harness.baseUrl, {
      tenant: demo.slug,
      email: 'harbour-admin@demo.test',
      path: '/portal/support',
    });
    const team = page.getByRole('region', { name: 'Your account team' });
    await team.getByText('Sam Assigned').waitFor();
    await team.getByText('Riley Backup').waitFor();
    await team.getByRole('link', { name: 'manager@demo.test' }).waitFor();
    await team.getByText(/Upgrade plan to the next release/).waitFor();
    await page
      .getByText(/call-back/)
      .first()
      .waitFor();
    await team.screenshot({ path: screenshotPath('portal-account-team') });
    await signOutThroughShell(page);
  });

  it('IMP-37 an agent writes an article and submits it for review; a support manager publishes it', async () => {
    const page = await harness.newPage();
    await signInThroughForm(page, harness.baseUrl, {
      tenant: demo.slug,
      email: 'agent@demo.test',
      path: '/agent/knowledge-base',
    });
    await page.getByRole('button', { name: 'New article' }).click();
    await page.getByLabel('Title').fill('Kiosk mode loses the badge tap');
    await page
      .getByLabel('Body (Markdown)')
      .fill('Check **kiosk policy** settings.\n\n<script>alert(1)</script>');
    await page.getByRole('button', { name: 'Save draft' }).click();
    const detail = page.getByRole('article', { name: 'Kiosk mode loses the badge tap' });
    await detail.getByRole('button', { name: 'Submit for review' }).click();
    await detail.getByText('Review · Customers').waitFor();
    expect(await detail.getByRole('button', { name: 'Publish' }).count()).toBe(0);
    expect(await detail.locator('.kb-body script').count()).toBe(0);
    await page.screenshot({ path: screenshotPath('agent-knowledge-base'), fullPage: true });
    await signOutThroughShell(page);

    const managerPage = await harness.newPage();
    await signInThroughForm(managerPage, harness.baseUrl, {
      tenant: demo.slug,
      email: 'manager@demo.test',
      path: '/agent/knowledge-base',
    });
    await managerPage.getByLabel('Status').selectOption('review');
    await managerPage.getByRole('button', { name: 'Kiosk mode loses the badge tap' }).click();
    const managerDetail = managerPage.getByRole('article', { name: 'Kiosk mode loses the badge tap' });
    await managerDetail.getByRole('button', { name: 'Publish' }).click();
    await managerDetail.getByText('Published · Customers').waitFor();
    await signOutThroughShell(managerPage);
  });
});
