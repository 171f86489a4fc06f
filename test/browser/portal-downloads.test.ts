import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRecord } from '../../src/commands/records/create-record.js';
import { productResource } from '../../src/commands/records/vendor-resources.js';
import { createRelease } from '../../src/commands/releases/create-release.js';
import { publishRelease } from '../../src/commands/releases/publish-release.js';
import { uploadReleaseFile } from '../../src/commands/releases/upload-release-file.js';
import { loadConfig } from '../../src/config.js';
import { createFileStore } from '../../src/lib/file-store/create-file-store.js';
import { addContract } from '../api/record-fixtures.js';
import { createTestTenant, getTestDatabase, type TTestTenant, testNow } from '../helpers/index.js';
import { screenshotPath, startBrowserHarness, type TBrowserHarness } from './browser-harness.js';
import { signInAsTestUser } from './sign-in-helpers.js';

let harness: TBrowserHarness;
let tenant: TTestTenant;
const installer = Buffer.from('OneSign agent installer\n'.repeat(4000));

beforeAll(async () => {
  const db = await getTestDatabase();
  const dataDir = await mkdtemp(join(tmpdir(), 'aftercare-downloads-'));
  tenant = await createTestTenant(db);
  await addContract(tenant.system, tenant.accountId, { plan: 'premium' });
  const product = await createRecord(
    { db },
    tenant.system,
    productResource,
    { pack_id: 'imprivata-onesign', name: 'Imprivata OneSign', kind: 'software' },
    testNow(),
  );
  const files = createFileStore(loadConfig({ AFTERCARE_DATA_DIR: dataDir }));
  for (const [version, ga] of [
    ['7.1', '2025-01-10'],
    ['7.2', '2025-09-01'],
    ['7.3', '2026-03-01'],
  ] as const) {
    const at = new Date(`${ga}T12:00:00Z`);
    const release = await createRelease(
      { db },
      tenant.system,
      { version, productId: product.id as string, notes: `OneSign ${version}` },
      at,
    );
    await publishRelease({ db }, tenant.system, release.id, at);
    if (version === '7.3')
      await uploadReleaseFile(
        { db, files },
        tenant.system,
        release.id,
        {
          filename: 'onesign-agent-7.3.msi',
          contentType: 'application/x-msi',
          body: Readable.from(installer),
        },
        at,
      );
  }
  harness = await startBrowserHarness({ env: { AFTERCARE_DATA_DIR: dataDir } });
}, 240_000);

afterAll(async () => {
  await harness?.close();
});

describe('portal Downloads (browser)', () => {
  it('IMP-11/IMP-14 a covered customer sees releases with their support status and downloads the file', async () => {
    const page = await harness.newPage();
    await signInAsTestUser(page, harness.baseUrl, tenant.users.customer_contact);
    await page.getByRole('link', { name: 'Downloads' }).first().click();
    await page.getByRole('heading', { name: 'Downloads', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Imprivata OneSign' }).waitFor();
    expect(await page.getByText('coming soon').count()).toBe(0);
    // testNow() is 2026-12-02: 7.1 left the 12-month window on 2026-09-01.
    await page.getByText(/Unsupported since 1 Sep\w* 2026/).waitFor();
    const link = page.getByRole('link', { name: 'onesign-agent-7.3.msi' });
    await link.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('onesign-agent-7.3.msi');
    await page.screenshot({ path: screenshotPath('portal-downloads'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 900 });
    await page.screenshot({ path: screenshotPath('portal-downloads-390'), fullPage: true });
  }, 120_000);
});
