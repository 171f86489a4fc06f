import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/demo/seed-demo.js';
import { demoPinAccount, demoPremiumPin } from '../../src/demo/seed-demo-phone.js';
import { getTestDatabase } from '../helpers/test-database.js';
import { screenshotPath, startBrowserHarness, type TBrowserHarness } from './browser-harness.js';
import { signInThroughForm, signOutThroughShell } from './sign-in-helpers.js';

let harness: TBrowserHarness;
const title = `Both appliances down ${Date.now().toString(36)}`;

beforeAll(async () => {
  await seedDemo({ db: await getTestDatabase() }, new Date());
  harness = await startBrowserHarness();
});

afterAll(async () => {
  await harness?.close();
});

describe('phone intake and the support manager view (browser)', () => {
  it('an agent checks the caller’s PIN (wrong, then right) and opens a P0 for an Imprivata Premium account', async () => {
    const page = await harness.newPage();
    await signInThroughForm(page, harness.baseUrl, { email: 'agent@demo.test' });
    await page.getByRole('link', { name: 'Phone intake' }).click();
    await page.getByRole('heading', { name: 'Phone intake', level: 1 }).waitFor();

    await page.getByLabel('Search accounts by name').fill('northwind');
    await page.getByRole('radio', { name: new RegExp(demoPinAccount.replace(/[()]/g, '\\$&')) }).check();
    const pin = page.getByLabel(/Premium Support PIN for/);
    await pin.fill('000000');
    await page.getByRole('button', { name: 'Verify PIN' }).click();
    await page.getByRole('alert').filter({ hasText: 'Wrong PIN' }).waitFor();

    await pin.fill(demoPremiumPin);
    await pin.press('Enter');
    await page.getByRole('status').filter({ hasText: 'PIN verified' }).waitFor();

    await page.getByLabel('Severity').selectOption('P0');
    const preview = page.getByRole('region', { name: 'Service levels that will apply' });
    await preview.getByRole('rowheader', { name: /First response/ }).waitFor();
    await page.getByLabel('Summary').fill(title);
    await page
      .getByLabel('Description')
      .fill('Caller reports both OneSign appliances unreachable; nobody can badge in.');
    await page.screenshot({ path: screenshotPath('agent-phone-intake'), fullPage: true });
    await page.getByRole('button', { name: 'Open phone case' }).click();

    await page.waitForURL(/\/agent\/queue\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: new RegExp(title) }).waitFor();
    const caseId = new URL(page.url()).pathname.split('/').pop() as string;
    const db = await getTestDatabase();
    const row = await db
      .selectFrom('cases')
      .select(['channel', 'severity'])
      .where('id', '=', caseId)
      .executeTakeFirst();
    expect(row).toEqual({ channel: 'phone', severity: 'P0' });
    await signOutThroughShell(page);

    // The support manager's view lists Tier 2–3 and escalated cases; put this one at Tier 3.
    await db.updateTable('cases').set({ tier: 3 }).where('id', '=', caseId).execute();
    await signInThroughForm(page, harness.baseUrl, {
      email: 'manager@demo.test',
      path: '/agent/support-manager',
    });
    await page.getByRole('heading', { name: 'Support manager', level: 1 }).waitFor();
    const managerRow = page.getByRole('row', { name: new RegExp(title) });
    await managerRow.waitFor();
    expect(await managerRow.getByRole('timer').first().getAttribute('data-risk')).toMatch(
      /^(ok|at_risk|breached)$/,
    );
    await page.mouse.move(0, 0);
    await page.screenshot({ path: screenshotPath('support-manager'), fullPage: true });
    await signOutThroughShell(page);
    await page.close();
  });
});
