import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setAccountPin } from '../../src/commands/accounts/set-account-pin.js';
import { centreCalendar } from '../../src/commands/workflow/centre-calendar.js';
import { getBuiltInPack } from '../../src/domain/packs/registry.js';
import { addAccount, addContract } from '../api/record-fixtures.js';
import { createTestTenant, type TTestTenant, testNow, testPassword, uniqueSuffix } from '../helpers/index.js';
import { getTestDatabase } from '../helpers/test-database.js';
import { screenshotPath, startBrowserHarness, type TBrowserHarness } from './browser-harness.js';
import { signInThroughForm, signOutThroughShell } from './sign-in-helpers.js';

let harness: TBrowserHarness;
let tenant: TTestTenant;
const title = `Both appliances down ${uniqueSuffix()}`;
const pin = '246810';

// A tenant of its own (not the demo tenant), so the test shares nothing with other files.
beforeAll(async () => {
  const db = await getTestDatabase();
  tenant = await createTestTenant(db);
  const account = await addAccount(tenant.system, 'Northwind Clinics (US)', 'americas', db);
  await addAccount(tenant.system, 'Northern Rail (UK)', 'emea', db);
  await addContract(tenant.system, account.id, { plan: 'premium' }, db);
  await setAccountPin({ db }, tenant.system, { accountId: account.id, pin }, testNow());
  for (const [user, name] of [
    [tenant.users.agent, 'Alex Agent'],
    [tenant.users.support_manager, 'Morgan Manager'],
  ] as const) {
    await db
      .updateTable('users')
      .set({ name })
      .where('tenant_id', '=', tenant.tenant.id)
      .where('id', '=', user.id)
      .execute();
  }
  harness = await startBrowserHarness();
});

const signIn = (page: Parameters<typeof signInThroughForm>[0], email: string, path?: string) =>
  signInThroughForm(page, harness.baseUrl, {
    email,
    tenant: tenant.tenant.slug,
    password: testPassword,
    ...(path ? { path } : {}),
  });

afterAll(async () => {
  await harness?.close();
});

describe('phone intake and the support manager view (browser)', () => {
  it('an agent checks the caller’s PIN (wrong, then right) and opens a P0 for an Imprivata Premium account', async () => {
    const page = await harness.newPage();
    await signIn(page, tenant.users.agent.email);
    await page.getByRole('link', { name: 'Phone intake' }).click();
    await page.getByRole('heading', { name: 'Phone intake', level: 1 }).waitFor();

    await page.getByLabel('Search accounts by name').fill('northwind');
    await page.getByRole('radio', { name: /Northwind Clinics/ }).check();
    const pinInput = page.getByLabel(/Premium Support PIN for/);
    await pinInput.fill('000000');
    await page.getByRole('button', { name: 'Verify PIN' }).click();
    await page.getByRole('alert').filter({ hasText: 'Wrong PIN' }).waitFor();

    await pinInput.fill(pin);
    await pinInput.press('Enter');
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
      .select(['channel', 'severity', 'queue', 'centre', 'opened_at'])
      .where('id', '=', caseId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ channel: 'phone', severity: 'P0' });
    // Outside the centre's hours (by the test instant, not the machine's) a P0 goes to the on-call queue (IMP-40).
    const centreOpen = centreCalendar(getBuiltInPack('imprivata-onesign'), row.centre).isOpen(
      row.opened_at.getTime(),
    );
    expect(row.queue).toBe(centreOpen ? 'standard' : 'on_call');
    await signOutThroughShell(page);

    // The support manager's view lists Tier 2–3 and escalated cases; put this one at Tier 3.
    await db.updateTable('cases').set({ tier: 3 }).where('id', '=', caseId).execute();
    await signIn(page, tenant.users.support_manager.email, '/agent/support-manager');
    await page.getByRole('heading', { name: 'Support manager', level: 1 }).waitFor();
    const managerRow = page
      .getByRole('table', { name: /Tier 2–3 and escalated cases/ })
      .getByRole('row', { name: new RegExp(title) });
    await managerRow.waitFor();
    const onCallRows = page
      .getByRole('table', { name: /After-hours emergencies/ })
      .getByRole('row', { name: new RegExp(title) });
    await expect.poll(() => onCallRows.count()).toBe(centreOpen ? 0 : 1);
    expect(await managerRow.getByRole('timer').first().getAttribute('data-risk')).toMatch(
      /^(ok|at_risk|breached)$/,
    );
    await page.mouse.move(0, 0);
    await page.screenshot({ path: screenshotPath('support-manager'), fullPage: true });
    await signOutThroughShell(page);
    await page.close();
  });
});
