import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCase } from '../../src/commands/cases/open-case.js';
import { newId } from '../../src/db/new-id.js';
import { editedImprivata, imprivataYaml, lineOf, premiumP1Line } from '../api/packs-fixtures.js';
import { addContract } from '../api/record-fixtures.js';
import { createTestTenant, getTestDatabase, type TTestTenant, testNow } from '../helpers/index.js';
import { screenshotPath, startBrowserHarness, type TBrowserHarness } from './browser-harness.js';
import { signInThroughForm } from './sign-in-helpers.js';

let harness: TBrowserHarness;
let tenant: TTestTenant;

/** A weekday of last calendar month at 15:00Z (10:00 in New York), `offset` weekdays after the 1st. */
function lastMonthWeekday(offset: number): Date {
  const now = testNow();
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 2, 15));
  let left = offset;
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6 || left > 0) {
    if (day.getUTCDay() !== 0 && day.getUTCDay() !== 6) left -= 1;
    day.setUTCDate(day.getUTCDate() + 1);
  }
  return day;
}

beforeAll(async () => {
  const db = await getTestDatabase();
  tenant = await createTestTenant();
  await addContract(tenant.system, tenant.accountId, { plan: 'premium' });
  const cases = [
    { title: 'Badge tap fails on ward 3', severity: 'P1', day: 3 },
    { title: 'Console slow after upgrade', severity: 'P2', day: 5 },
    { title: 'Single sign-on drops at shift change', severity: 'P1', day: 8 },
  ];
  for (const item of cases) {
    await openCase(
      { db },
      tenant.system,
      {
        accountId: tenant.accountId,
        title: item.title,
        description: 'From last month',
        severity: item.severity,
      },
      lastMonthWeekday(item.day),
    );
  }
  harness = await startBrowserHarness();
});

afterAll(async () => {
  await harness?.close();
});

/** Signs in as the tenant's vendor admin in a fresh page (no session left from another test). */
async function adminPage(path: string, viewport = { width: 1280, height: 900 }) {
  await harness.context.clearCookies();
  const page = await harness.newPage(viewport);
  await signInThroughForm(page, harness.baseUrl, { ...admin(), path });
  return page;
}

const admin = () => ({
  email: tenant.users.vendor_admin.email,
  tenant: tenant.tenant.slug,
  password: tenant.users.vendor_admin.password,
});

describe('admin: policy pack versions (browser)', () => {
  it('validates an edited pack with errors at the line, saves it, shows the diff and previews last month’s cases', async () => {
    const page = await adminPage('/admin/packs/imprivata-onesign', { width: 1400, height: 900 });
    await page.getByRole('heading', { name: 'Versions' }).waitFor();
    await page.getByRole('link', { name: 'Upload new version' }).click();
    await page.getByRole('heading', { name: 'Upload a pack version' }).waitFor();
    const editor = page.getByLabel('Pack YAML', { exact: true });
    await page.waitForFunction(() => (document.querySelector('textarea')?.value.length ?? 0) > 1000);

    const broken = editedImprivata('2').replace(
      'hours: 1, text: "Within 1 business hour"',
      'hours: one, text: "Within 1 business hour"',
    );
    const line = lineOf(imprivataYaml, premiumP1Line);
    await editor.fill(broken);
    await page.getByRole('button', { name: 'Validate' }).click();
    const errors = page.getByRole('region', { name: 'Validation errors' });
    await errors
      .getByText(new RegExp(`^${line}:\\d+$`))
      .first()
      .waitFor();
    expect(await page.locator(`li[data-line="${line}"].yaml-view__line--error`).count()).toBe(1);
    await errors.getByRole('button').first().click();
    await page.screenshot({ path: screenshotPath('admin-pack-validate'), fullPage: false });

    await editor.fill(editedImprivata('2'));
    await page.getByRole('button', { name: 'Validate' }).click();
    await page.getByText(/^Valid: .*version 2/).waitFor();
    expect(await page.locator('.yaml-view__line--error').count()).toBe(0);
    await page.getByRole('button', { name: 'Save as draft' }).click();
    await page.getByText('Version 2 saved as a draft.').waitFor();
    const row = page.getByRole('row', { name: /^2 Draft/ });
    await row.waitFor();

    await row.getByRole('link', { name: 'View version 2', exact: true }).click();
    await page.getByText('Showing version 2.').waitFor();
    await page.getByText('Within 1 business hour').first().waitFor();
    await page.getByRole('link', { name: 'Show the current pack' }).click();
    await row.getByRole('link', { name: 'Diff 1 to 2' }).click();
    await page.getByRole('heading', { name: /changes? from 1 to 2/ }).waitFor();
    await page
      .getByRole('rowheader', {
        name: /SLA premium \/ P1 first response: “Within 2 business hours” → “Within 1 business hour”/,
      })
      .waitFor();
    await page.screenshot({ path: screenshotPath('admin-pack-diff'), fullPage: true });

    await page.getByRole('link', { name: '← imprivata-onesign' }).click();
    await page
      .getByRole('row', { name: /^2 Draft/ })
      .getByRole('link', { name: 'Preview version 2' })
      .click();
    await page.getByRole('heading', { name: 'Preview a version' }).waitFor();
    expect(await page.getByLabel('Version').inputValue()).toBe('2');
    await page.getByRole('button', { name: 'Run preview' }).click();
    const summary = page.getByRole('region', { name: /Version 2 on cases opened/ });
    await summary.waitFor();
    const figure = async (term: string) =>
      summary.locator('dt', { hasText: term }).locator('xpath=following-sibling::dd').textContent();
    expect(await figure('Cases')).toBe('3');
    expect(await figure('Due earlier')).toBe('2');
    expect(await figure('Largest move earlier')).toBe('1h 00m');
    const casesTable = page.getByRole('region', { name: 'Cases' });
    expect(await casesTable.getByText('1h 00m earlier').count()).toBe(2);
    expect(
      await casesTable
        .locator('time[title*="America/New_York"], time[title*="New York"], time[title]')
        .count(),
    ).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath('admin-pack-preview'), fullPage: true });

    await page.getByRole('link', { name: '← imprivata-onesign' }).click();
    await page.getByRole('button', { name: 'Publish version 2' }).click();
    await page.getByRole('row', { name: /^2 Published/ }).waitFor();
    await page.getByRole('link', { name: '← Policy packs' }).click();
    const listed = page.getByRole('row', { name: /imprivata-onesign/ });
    await listed.getByText('Published').waitFor();
    expect(await listed.getByText('Built in').count()).toBe(1);
    await page.close();
  });

  it('shows a centre’s month of open hours, holidays and closures', async () => {
    const page = await adminPage('/admin/calendars');
    await page.getByRole('heading', { name: 'Calendars' }).waitFor();
    await page.getByRole('list', { name: 'Legend' }).waitFor();
    expect(await page.getByLabel('Version').inputValue()).toBe('');
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: screenshotPath('admin-calendar'), fullPage: true });
    await page.close();
  });
});

describe('admin: webhooks (browser)', () => {
  it('adds an endpoint, shows its delivery log, replays a delivery and deactivates it', async () => {
    const page = await adminPage('/admin/webhooks');
    await page.getByRole('heading', { name: 'Webhooks', level: 1 }).waitFor();
    await page.getByLabel('Endpoint URL').fill('https://hooks.example.test/aftercare');
    await page.getByLabel('case.escalated', { exact: true }).check();
    await page.getByLabel('sla.breached', { exact: true }).check();
    await page.getByRole('button', { name: 'Add endpoint' }).click();
    await page.getByText(/Signing secret \(shown once\)/).waitFor();
    const row = page.getByRole('row', { name: /hooks\.example\.test/ });
    await row.getByText('case.escalated, sla.breached').waitFor();

    const db = await getTestDatabase();
    const endpoint = await db
      .selectFrom('webhook_endpoints')
      .select('id')
      .where('tenant_id', '=', tenant.tenant.id)
      .executeTakeFirstOrThrow();
    const at = testNow();
    const eventId = newId(at.getTime());
    await db
      .insertInto('outbox_events')
      .values({
        tenant_id: tenant.tenant.id,
        id: eventId,
        type: 'sla.breached',
        entity_type: 'case',
        entity_id: newId(),
        payload: JSON.stringify({}),
        occurred_at: at,
        dispatched_at: at,
      })
      .execute();
    await db
      .insertInto('webhook_deliveries')
      .values({
        tenant_id: tenant.tenant.id,
        id: newId(at.getTime()),
        endpoint_id: endpoint.id,
        event_id: eventId,
        event_type: 'sla.breached',
        body: JSON.stringify({ type: 'sla.breached' }),
        status: 'failed',
        attempts: 5,
        last_status_code: 503,
        last_error: 'HTTP 503',
        log: JSON.stringify([]),
        replay_of: null,
        created_at: at,
        delivered_at: null,
      })
      .execute();

    await row.getByRole('button', { name: /^Deliveries to/ }).click();
    const log = page.getByRole('region', { name: /Deliveries to https:\/\/hooks\.example\.test/ });
    const delivery = log.getByRole('row', { name: /sla\.breached/ }).first();
    await delivery.getByText('503').waitFor();
    await delivery.getByRole('button', { name: 'Replay sla.breached delivery' }).click();
    await log.getByText('replay', { exact: true }).waitFor();
    await page.screenshot({ path: screenshotPath('admin-webhooks'), fullPage: true });

    await row.getByRole('button', { name: /^Deactivate/ }).click();
    await row.getByText('Inactive').waitFor();
    await page.close();
  });
});
