import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/demo/seed-demo.js';
import { testNow, uniqueSuffix } from '../helpers/index.js';
import { getTestDatabase } from '../helpers/test-database.js';
import { screenshotPath, startBrowserHarness, type TBrowserHarness } from './browser-harness.js';
import { signInThroughForm, signOutThroughShell, uniqueDemoTenant } from './sign-in-helpers.js';

const demo = uniqueDemoTenant('flow');
let harness: TBrowserHarness;
const title = `Agents cannot enrol devices ${uniqueSuffix()}`;
let caseUrl = '';

beforeAll(async () => {
  await seedDemo({ db: await getTestDatabase() }, testNow(), demo);
  harness = await startBrowserHarness();
});

afterAll(async () => {
  await harness?.close();
});

describe('a case from the portal to the agent and back (browser)', () => {
  it('a customer opens a case after seeing the SLA preview, then sees it in the list with a countdown', async () => {
    const page = await harness.newPage();
    await signInThroughForm(page, harness.baseUrl, { tenant: demo.slug, email: 'contoso-admin@demo.test' });
    expect(new URL(page.url()).pathname).toBe('/portal/cases');
    await page.getByRole('heading', { name: 'Cases', exact: true }).waitFor();

    await page.getByRole('link', { name: 'Open a case' }).click();
    await page.getByRole('heading', { name: 'Open a case' }).waitFor();
    // Ivanti (IVA-23) asks for the incident details.
    await page.getByLabel('Steps to reproduce').waitFor();
    await page.getByLabel('Severity').selectOption('S2');
    const preview = page.getByRole('region', { name: 'Service levels that will apply' });
    await preview.getByRole('rowheader', { name: /First response/ }).waitFor();
    expect(await preview.getByRole('timer').count()).toBeGreaterThan(0);

    await page.getByLabel('Summary').fill(title);
    await page.getByLabel('Description').fill('Enrolment fails for every agent since the 2026.3 upgrade.');
    await page.getByLabel('Example').fill('Device LAP-0042 shows "enrolment refused (0x80070005)".');
    await page.getByLabel('Context').fill('Upgraded the core server on Monday.');
    await page.getByLabel('System configuration').fill('EPM 2026.3 on Windows Server 2022, SQL 2019.');
    await page.getByLabel('Steps to reproduce').fill('1. Install the agent\n2. Reboot\n3. See the error');
    await page.screenshot({ path: screenshotPath('portal-open-case'), fullPage: true });
    await page.getByRole('button', { name: 'Open case' }).click();

    await page.waitForURL(/\/portal\/cases\/[0-9a-f-]{36}$/);
    caseUrl = new URL(page.url()).pathname;
    await page.getByRole('heading', { name: new RegExp(title) }).waitFor();
    const milestones = page.getByRole('region', { name: 'Service levels' });
    await milestones.getByRole('rowheader', { name: /First response/ }).waitFor();
    await milestones.getByText('Why this due date').first().click();
    expect(await milestones.locator('details[open] li').count()).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath('portal-case-detail'), fullPage: true });

    await page.getByRole('link', { name: '← All cases' }).click();
    const row = page.getByRole('row', { name: new RegExp(title) });
    await row.waitFor();
    const countdown = row.getByRole('timer');
    expect(await countdown.getAttribute('data-risk')).toMatch(/^(ok|at_risk|breached)$/);
    expect(await countdown.textContent()).toMatch(/left|overdue/);
    await page.screenshot({ path: screenshotPath('portal-case-list'), fullPage: true });
    await signOutThroughShell(page);
    await page.close();
  });

  it('an agent finds it in the queue, answers it publicly, and the first response shows as met', async () => {
    expect(caseUrl).not.toBe('');
    const page = await harness.newPage();
    await signInThroughForm(page, harness.baseUrl, { tenant: demo.slug, email: 'agent@demo.test' });
    expect(new URL(page.url()).pathname).toBe('/agent/queue');
    const row = page.getByRole('row', { name: new RegExp(title) });
    await row.waitFor();
    expect(await row.getByRole('timer').count()).toBe(1);
    await page.screenshot({ path: screenshotPath('agent-queue'), fullPage: true });

    await row.getByRole('link').click();
    await page.getByRole('heading', { name: new RegExp(title) }).waitFor();
    expect(new URL(page.url()).pathname).toBe(caseUrl.replace('/portal/cases', '/agent/queue'));
    await page.getByLabel('Public reply (customer sees it)').check();
    await page
      .getByRole('textbox', { name: 'Public reply' })
      .fill('Thanks — please send the agent log from LAP-0042.');
    await page.getByRole('button', { name: 'Send reply' }).click();
    await page.getByText('Thanks — please send the agent log from LAP-0042.').waitFor();

    const firstResponse = page.getByRole('row', { name: /First response/ });
    await firstResponse.locator('[data-risk="met"]').waitFor();
    await page.screenshot({ path: screenshotPath('agent-case-workspace'), fullPage: true });
    await signOutThroughShell(page);

    // The customer sees the reply and the met milestone too.
    await signInThroughForm(page, harness.baseUrl, {
      tenant: demo.slug,
      email: 'contoso-admin@demo.test',
      path: caseUrl,
    });
    await page.getByText('Thanks — please send the agent log from LAP-0042.').waitFor();
    await page
      .getByRole('row', { name: /First response/ })
      .locator('[data-risk="met"]')
      .waitFor();
    await signOutThroughShell(page);
    await page.close();
  });
});
