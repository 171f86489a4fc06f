import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/demo/seed-demo.js';
import { testNow } from '../helpers/index.js';
import { getTestDatabase } from '../helpers/test-database.js';
import { screenshotPath, startBrowserHarness, type TBrowserHarness } from './browser-harness.js';
import { signInThroughForm, uniqueDemoTenant } from './sign-in-helpers.js';

const demo = uniqueDemoTenant('reports');
let harness: TBrowserHarness;

beforeAll(async () => {
  await seedDemo({ db: await getTestDatabase() }, testNow(), demo);
  harness = await startBrowserHarness();
});

afterAll(async () => {
  await harness?.close();
});

describe('SLA reports (browser)', () => {
  it('a support manager sees attainment per plan and severity and breaches by centre, with the numbers behind them', async () => {
    const page = await harness.newPage({ width: 1280, height: 900 });
    page.setDefaultTimeout(10_000);
    await signInThroughForm(page, harness.baseUrl, { tenant: demo.slug, email: 'manager@demo.test' });
    await page.getByRole('link', { name: 'SLA reports' }).click();
    await page.getByRole('heading', { name: 'SLA reports', level: 1 }).waitFor();
    const firstResponse = page.getByRole('figure', { name: 'First response attainment' });
    await firstResponse.locator('.recharts-line-dot').first().waitFor();
    await firstResponse.getByText('Show numbers').click();
    const rows = firstResponse.getByRole('table').getByRole('row');
    // Header plus one row per pack × plan × severity of the demo history.
    expect(await rows.count()).toBeGreaterThan(3);
    await firstResponse.getByRole('rowheader', { name: 'Imprivata premium P1', exact: true }).waitFor();
    await firstResponse.getByText('Show numbers').click();
    await page
      .getByRole('figure', { name: 'Breaches by centre' })
      .locator('.recharts-bar-rectangle')
      .first()
      .waitFor();
    await page.screenshot({ path: screenshotPath('agent-sla-reports'), fullPage: true });

    await page.getByLabel('Period').selectOption('12m');
    await firstResponse.locator('.recharts-line-dot').first().waitFor();
  });
});
