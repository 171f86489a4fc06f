import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addContract } from '../api/record-fixtures.js';
import { createManualClock, createTestApp, createTestTenant, loginAs } from '../helpers/index.js';

/**
 * A tenant with an Imprivata OneSign product and three releases published on their GA days
 * (7.1 on 2025-01-10, 7.2 on 2025-09-01, 7.3 on 2026-03-01); the clock is left at `start`.
 */
export async function setupCatalogue(
  options: { packId?: string; plan?: string; start?: Date; contract?: boolean } = {},
) {
  const clock = createManualClock(new Date('2025-01-10T12:00:00Z'));
  // Release files go to a fresh directory store per test.
  const dataDir = await mkdtemp(join(tmpdir(), 'aftercare-releases-'));
  const app = await createTestApp({ clock, env: { AFTERCARE_DATA_DIR: dataDir } });
  const tenant = await createTestTenant();
  const packId = options.packId ?? 'imprivata-onesign';
  const admin = await loginAs(app, tenant.users.vendor_admin);
  const productRes = await admin.post('/api/v1/products', {
    packId,
    name: packId === 'ivanti' ? 'Ivanti Neurons' : 'Imprivata OneSign',
    kind: 'software',
  });
  if (productRes.statusCode !== 201) throw new Error(productRes.body);
  const product = productRes.json() as { id: string };
  const releases: Record<string, { id: string }> = {};
  for (const [version, ga] of [
    ['7.1', '2025-01-10'],
    ['7.2', '2025-09-01'],
    ['7.3', '2026-03-01'],
  ] as const) {
    clock.set(new Date(`${ga}T12:00:00Z`));
    // Sessions end when the clock moves by months: sign in on each GA day.
    const manager = await loginAs(app, tenant.users.support_manager);
    const created = await manager.post('/api/v1/releases', { version, productId: product.id, gaDate: ga });
    if (created.statusCode !== 201) throw new Error(created.body);
    releases[version] = created.json();
    const published = await manager.post(`/api/v1/releases/${created.json().id}/publish`);
    if (published.statusCode !== 200) throw new Error(published.body);
  }
  clock.set(options.start ?? new Date('2026-12-02T14:00:00Z'));
  const contract =
    options.contract === false
      ? null
      : await addContract(tenant.system, tenant.accountId, {
          packId,
          plan: options.plan ?? (packId === 'ivanti' ? 'enterprise' : 'premium'),
        });
  /** Uploads `bytes` as a file of the release (as a support manager signed in now). */
  const uploadFile = async (releaseId: string, filename: string, bytes: Buffer) => {
    const manager = await loginAs(app, tenant.users.support_manager);
    const res = await manager.request(
      'POST',
      `/api/v1/releases/${releaseId}/files?filename=${encodeURIComponent(filename)}`,
      bytes,
      { 'content-type': 'application/octet-stream' },
    );
    if (res.statusCode !== 201) throw new Error(res.body);
    return res.json() as { id: string; sha256: string; sizeBytes: number; downloadUrl: string };
  };
  return { app, clock, tenant, product, releases, contract, packId, dataDir, uploadFile };
}
