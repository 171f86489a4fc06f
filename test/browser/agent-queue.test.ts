import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCase } from '../../src/commands/cases/open-case.js';
import { seedDemo } from '../../src/demo/seed-demo.js';
import type { TActor } from '../../src/policies/actor.js';
import { testNow, uniqueSuffix } from '../helpers/index.js';
import { getTestDatabase } from '../helpers/test-database.js';
import { screenshotPath, startBrowserHarness, type TBrowserHarness } from './browser-harness.js';
import { signInThroughForm, uniqueDemoTenant } from './sign-in-helpers.js';

const demo = uniqueDemoTenant('queue');
let harness: TBrowserHarness;
let system: TActor;
let accountId = '';
const suffix = uniqueSuffix();
const titles = [`Queue badge reader ${suffix}`, `Queue report export ${suffix}`];

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
  system = { kind: 'system', tenantId: tenant.id, name: 'browser-test' };
  accountId = account.id;
  for (const title of titles) {
    await openCase(
      { db },
      system,
      { accountId, title, description: 'Seen since Monday.', severity: 'P3' },
      testNow(),
    );
  }
  harness = await startBrowserHarness();
  // Seeding and a web build on a loaded machine.
}, 300_000);

afterAll(async () => {
  await harness?.close();
});

describe('agent queue (browser)', () => {
  it('keeps filters and sort in the address, saves a view, assigns in bulk and to me, refreshes itself', async () => {
    const page = await harness.newPage();
    page.setDefaultTimeout(15_000);
    await signInThroughForm(page, harness.baseUrl, {
      tenant: demo.slug,
      email: 'agent@demo.test',
      path: '/agent/queue',
    });
    await page.getByRole('heading', { name: 'Queue' }).waitFor();
    await page.getByRole('link', { name: new RegExp(titles[0] as string) }).waitFor();
    // The session's permissions (not a role list in the web app) leave out the escalated-cases view.
    await page.getByRole('link', { name: 'Phone intake' }).waitFor();
    expect(await page.getByRole('link', { name: 'Support manager' }).count()).toBe(0);

    // Filters and sort live in the address and survive a reload.
    await page.getByLabel('Severity', { exact: true }).selectOption('P3');
    await page.waitForURL(/severity=P3/);
    await page.getByRole('button', { name: 'Opened' }).click();
    await page.waitForURL(/sort=opened/);
    await page.getByRole('button', { name: 'Opened' }).click();
    await page.waitForURL(/dir=desc/);
    await page.reload();
    await page.getByRole('link', { name: new RegExp(titles[0] as string) }).waitFor();
    expect(await page.getByLabel('Severity', { exact: true }).inputValue()).toBe('P3');
    expect(await page.getByRole('columnheader', { name: /Opened/ }).getAttribute('aria-sort')).toBe(
      'descending',
    );

    // A saved view returns to the same filters and sort.
    await page.getByLabel('Name of this view').fill('P3 newest');
    await page.getByRole('button', { name: 'Save view' }).click();
    await page.getByRole('link', { name: 'All open' }).click();
    await page.waitForURL((url) => url.search === '');
    await page.getByRole('link', { name: 'P3 newest' }).click();
    await page.waitForURL(/severity=P3.*sort=opened.*dir=desc/);

    // Bulk: both test cases assigned to me and in progress in one action.
    for (const title of titles)
      await page.getByRole('checkbox', { name: new RegExp(`Select #\\d+ ${title}`) }).check();
    await page.getByLabel('Assign to').selectOption({ label: 'Me' });
    await page.getByLabel('Set status').selectOption('in_progress');
    await page.getByRole('button', { name: 'Apply to 2 cases' }).click();
    await page.getByRole('status').filter({ hasText: 'Updated 2 cases.' }).waitFor();
    for (const title of titles) {
      const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: new RegExp(title) }) });
      await row.getByRole('cell', { name: 'You' }).waitFor();
      await row.getByRole('cell', { name: 'In progress' }).waitFor();
    }

    // "My cases" shows them; a case opened meanwhile appears without a reload.
    await page.getByRole('link', { name: 'My cases' }).click();
    await page.waitForURL(/assignee=me/);
    await page.getByRole('link', { name: new RegExp(titles[1] as string) }).waitFor();
    await page.getByRole('link', { name: 'All open' }).click();
    const later = `Queue arrives later ${suffix}`;
    await openCase(
      { db: await getTestDatabase() },
      system,
      { accountId, title: later, description: 'New.', severity: 'P3' },
      testNow(),
    );
    await page.clock.runFor(16_000);
    const laterRow = page
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: new RegExp(later) }) });
    await laterRow.waitFor();
    await laterRow.getByRole('button', { name: /Assign .* to me/ }).click();
    await laterRow.getByRole('cell', { name: 'You' }).waitFor();
    await page.screenshot({ path: screenshotPath('agent-queue'), fullPage: true });

    // The case's history shows the assignment and status change with who did them.
    await page.getByRole('link', { name: new RegExp(titles[0] as string) }).click();
    const history = page.getByRole('region', { name: 'History' });
    await history.getByText('Status new → in progress — Alex Agent').waitFor();
    await history
      .getByText(/Assigned to/)
      .first()
      .waitFor();
    await history.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('case-timeline'), fullPage: true });
    await page.close();
  }, 120_000);
});
