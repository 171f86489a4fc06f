import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addContract } from '../api/record-fixtures.js';
import {
  createTestTenant,
  getTestDatabase,
  loginAs,
  type TTestClient,
  type TTestTenant,
} from '../helpers/index.js';
import { screenshotPath, startBrowserHarness, type TBrowserHarness } from './browser-harness.js';
import { signInAsTestUser } from './sign-in-helpers.js';

let harness: TBrowserHarness;
let tenant: TTestTenant;
let agent: TTestClient;
let secondCaseNumber: number;
let debugPage: import('playwright-core').Page | undefined;

async function check<T>(response: Promise<{ statusCode: number; body: string; json: () => unknown }>) {
  const res = await response;
  if (res.statusCode >= 300) throw new Error(res.body);
  return res.json() as T;
}

beforeAll(async () => {
  const db = await getTestDatabase();
  tenant = await createTestTenant(db);
  await addContract(tenant.system, tenant.accountId, { plan: 'standard' }, db);
  harness = await startBrowserHarness();
  const admin = await loginAs(harness.server, tenant.users.vendor_admin);
  const manager = await loginAs(harness.server, tenant.users.support_manager);
  agent = await loginAs(harness.server, tenant.users.agent);
  const product = await check<{ id: string }>(
    admin.post('/api/v1/products', {
      packId: 'imprivata-onesign',
      name: 'Imprivata OneSign',
      kind: 'appliance',
    }),
  );
  for (const version of ['7.2', '7.3']) {
    const release = await check<{ id: string }>(
      manager.post('/api/v1/releases', { version, productId: product.id }),
    );
    await check(manager.post(`/api/v1/releases/${release.id}/publish`));
  }
  const addAppliance = (serial: string, extra: Record<string, unknown> = {}) =>
    check<{ id: string }>(
      admin.post('/api/v1/appliances', {
        accountId: tenant.accountId,
        productId: product.id,
        serial,
        model: 'g4',
        shipDate: '2026-06-10',
        softwareVersion: '7.3',
        ...extra,
      }),
    );
  const first = await addAppliance('OS-1001');
  await addAppliance('OS-1002');
  await addAppliance('OS-0900', { model: 'g3' });
  await addAppliance('VM-2001', { kind: 'virtual' });
  await addAppliance('RDR-3001', { kind: 'third_party', model: 'card-reader' });
  const openCase = (title: string) =>
    check<{ id: string; number: number }>(
      agent.post('/api/v1/cases', {
        accountId: tenant.accountId,
        title,
        description: 'Power LED blinks amber',
        severity: 'P2',
      }),
    );
  const kase = await openCase('Appliance OS-1001 does not boot');
  await check(
    agent.post(`/api/v1/cases/${kase.id}/hardware-finding`, {
      applianceId: first.id,
      troubleshooting: 'Reseated PSU, ran diagnostics: PSU fault',
      conclusion: 'hardware_defect',
    }),
  );
  await check(agent.post('/api/v1/rmas', { caseId: kase.id, applianceId: first.id }));
  secondCaseNumber = (await openCase('Appliance OS-1002 fan noise')).number;
});

afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail')
    await debugPage?.screenshot({ path: `/tmp/hw/fail-${ctx.task.name.slice(0, 6)}.png` });
});

afterAll(async () => {
  await harness?.close();
});

describe('RMA screens (browser)', () => {
  it('IMP-17 IMP-24 the customer sees warranty ends, support status and the RMA with its prepaid return label', async () => {
    const page = await harness.newPage();
    debugPage = page;
    await signInAsTestUser(page, harness.baseUrl, tenant.users.customer_contact);
    await page.getByRole('link', { name: 'Appliances' }).first().click();
    await page.getByRole('heading', { name: 'Appliances', level: 1 }).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'OS-1002' });
    await row.getByText('30 Jun 2027').waitFor();
    await row.getByText('Covered', { exact: true }).waitFor();
    await row.getByRole('link', { name: 'Request an RMA' }).waitFor();
    await page
      .getByRole('row')
      .filter({ hasText: 'VM-2001' })
      .getByText('Virtual — no hardware maintenance')
      .waitFor();
    await page
      .getByRole('row')
      .filter({ hasText: 'RDR-3001' })
      .getByText('Third-party device', { exact: true })
      .waitFor();
    await page.getByRole('heading', { name: 'Return and repair — g4 OS-1001' }).waitFor();
    await page.getByText('A prepaid return label is issued', { exact: false }).waitFor();
    expect(await page.locator('main').textContent()).not.toMatch(/IMP-\d|H1|T5/);
    await page.screenshot({ path: screenshotPath('portal-appliances'), fullPage: true });

    await row.getByRole('link', { name: 'Request an RMA' }).click();
    await page.getByRole('heading', { name: 'Open a case' }).waitFor();
    expect(await page.getByLabel('Summary').inputValue()).toBe('Hardware fault: g4 OS-1002');

    await page.setViewportSize({ width: 390, height: 900 });
    await page.goto(`${harness.baseUrl}/portal/appliances`);
    await page.getByRole('heading', { name: 'Appliances', level: 1 }).waitFor();
    await page.screenshot({ path: screenshotPath('portal-appliances-390'), fullPage: true });
  }, 90_000);

  it('IMP-22 an agent records a hardware finding on a case, opens the RMA and sees it in the queue; a virtual unit is refused', async () => {
    await harness.context.clearCookies();
    const page = await harness.newPage();
    debugPage = page;
    await signInAsTestUser(page, harness.baseUrl, tenant.users.agent);
    await page.getByRole('link', { name: 'RMAs' }).first().click();
    await page.getByRole('heading', { name: 'RMAs', level: 1 }).waitFor();
    await page.getByRole('cell', { name: 'Return and repair' }).first().waitFor();

    const form = page.getByRole('form', { name: 'Hardware finding' });
    await form.getByLabel('Account').selectOption(tenant.accountId);
    await form.locator('#hf-case option', { hasText: `#${secondCaseNumber}` }).waitFor({ state: 'attached' });
    await form.getByLabel('Case').selectOption({ label: `#${secondCaseNumber} Appliance OS-1002 fan noise` });
    await form.locator('#hf-appliance option', { hasText: 'VM-2001' }).waitFor({ state: 'attached' });
    await form.getByLabel('Appliance').selectOption({ label: 'VM-2001 — g4 (virtual)' });
    await form.getByLabel('Troubleshooting steps').fill('Fan at full speed; replaced fan tray: no change');
    await form.getByRole('button', { name: 'Record finding' }).click();
    await form.getByRole('status').filter({ hasText: 'Finding recorded' }).waitFor();
    await form.getByRole('button', { name: 'Open RMA' }).click();
    await form
      .getByRole('alert')
      .filter({ hasText: 'Virtual appliances carry no hardware maintenance' })
      .waitFor();

    await form.getByLabel('Appliance').selectOption({ label: 'OS-1002 — g4 (physical)' });
    await form.getByRole('button', { name: 'Record finding' }).click();
    await form.getByRole('status').filter({ hasText: 'Finding recorded' }).waitFor();
    await form.getByRole('button', { name: 'Open RMA' }).click();
    await page.getByRole('heading', { name: 'Return and repair', level: 2 }).waitFor();
    await page.getByText('A prepaid return label is issued', { exact: false }).waitFor();
    expect(await page.getByRole('cell', { name: 'Return and repair' }).count()).toBe(2);

    await page.getByLabel('Release', { exact: true }).fill('8.0');
    await page.getByRole('button', { name: 'Assess accounts' }).click();
    await page.getByText('Release 8.0 needs model g4').waitFor();
    await page
      .getByRole('row')
      .filter({ hasText: 'OS-0900' })
      .getByText('Free replacement pair — IMP-28')
      .waitFor();
    await page.screenshot({ path: screenshotPath('agent-rmas'), fullPage: true });
  }, 90_000);
});
