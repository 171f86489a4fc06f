import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCase } from '../../src/commands/cases/open-case.js';
import { seedDemo } from '../../src/demo/seed-demo.js';
import { testNow } from '../helpers/index.js';
import { getTestDatabase } from '../helpers/test-database.js';
import { screenshotPath, startBrowserHarness, type TBrowserHarness } from './browser-harness.js';
import { signInThroughForm, uniqueDemoTenant } from './sign-in-helpers.js';

const demo = uniqueDemoTenant('details');
let harness: TBrowserHarness;
let caseId = '';

beforeAll(async () => {
  const db = await getTestDatabase();
  const { tenantId } = await seedDemo({ db }, testNow(), demo);
  const account = await db
    .selectFrom('accounts')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('name', '=', 'Contoso Manufacturing (Americas)')
    .executeTakeFirstOrThrow();
  // An agent took the call without the incident details Ivanti requires (IVA-23).
  const opened = await openCase(
    { db },
    { kind: 'system', tenantId, name: 'test' },
    {
      accountId: account.id,
      title: 'Patch job hangs',
      description: 'Taken by phone',
      severity: 'S3',
      channel: 'phone',
    },
    testNow(),
  );
  caseId = opened.case.id;
  harness = await startBrowserHarness();
});

afterAll(async () => {
  await harness?.close();
});

describe('supplying missing incident details (browser)', () => {
  it('a customer sees which details the policy still needs, sends them, and the request disappears', async () => {
    const page = await harness.newPage();
    await signInThroughForm(page, harness.baseUrl, {
      tenant: demo.slug,
      email: 'contoso-admin@demo.test',
      path: `/portal/cases/${caseId}`,
    });
    const panel = page.getByRole('region', { name: 'Details we still need' });
    await panel.waitFor();
    expect(await panel.getByRole('textbox').count()).toBe(4);
    await panel.getByLabel('Example').fill('Job 4411 stuck at 0%.');
    await panel.getByLabel('Context').fill('Since the November patch.');
    await panel.getByLabel('System configuration').fill('EPM 2026.3, Windows Server 2022.');
    await page.screenshot({ path: screenshotPath('portal-supply-details'), fullPage: true });
    await panel.getByRole('button', { name: 'Send details' }).click();
    // One left: the panel now asks only for the reproduction steps.
    await page.waitForFunction(
      () =>
        document.querySelectorAll('section[aria-labelledby="supply-details-heading"] textarea').length === 1,
    );
    await panel.getByLabel('Steps to reproduce').fill('1. Schedule the job 2. Watch it');
    await panel.getByRole('button', { name: 'Send details' }).click();
    await panel.waitFor({ state: 'detached' });
    await page.getByText('Job 4411 stuck at 0%.').waitFor();
  });
});
