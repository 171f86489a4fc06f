import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { getTestDatabase, loginAs } from '../helpers/index.js';
import { setupCatalogue } from './release-fixtures.js';

const bytes = Buffer.from('OneSign 7.3 installer — not really an installer\n'.repeat(2000));
const sha256 = createHash('sha256').update(bytes).digest('hex');

async function setAccount(tenantId: string, accountId: string, payment: 'current' | 'delinquent') {
  const db = await getTestDatabase();
  await db
    .updateTable('accounts')
    .set({ payment_status: payment })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', accountId)
    .execute();
}

async function setContract(
  tenantId: string,
  contractId: string,
  values: { status?: 'active' | 'lapsed'; auto_renew?: boolean },
) {
  const db = await getTestDatabase();
  await db
    .updateTable('contracts')
    .set(values)
    .where('tenant_id', '=', tenantId)
    .where('id', '=', contractId)
    .execute();
}

async function auditActions(tenantId: string, releaseId: string) {
  const db = await getTestDatabase();
  const rows = await db
    .selectFrom('audit_log')
    .select(['action', 'after'])
    .where('tenant_id', '=', tenantId)
    .where('entity_id', '=', releaseId)
    .orderBy('id')
    .execute();
  return rows.map((row) => row.action);
}

describe('downloads (IMP-11/12/13, IVA-11)', () => {
  it('streams the file with its checksum to a covered customer; refuses withheld and lapsed service with the code; allows again after reinstatement; audits every attempt', async () => {
    const { app, tenant, releases, uploadFile, contract } = await setupCatalogue();
    const release = releases['7.3'] as { id: string };
    const uploaded = await uploadFile(release.id, 'onesign-7.3.zip', bytes);
    expect(uploaded).toMatchObject({ sha256, sizeBytes: bytes.length });

    const customer = await loginAs(app, tenant.users.customer_contact);
    const page = await customer.get('/api/v1/downloads');
    expect(page.statusCode).toBe(200);
    const [product] = page.json().products;
    expect(product.releases.map((r: { version: string }) => r.version)).toEqual(['7.3', '7.2', '7.1']);
    expect(product.releases[0]).toMatchObject({ available: true, support: { status: 'supported' } });
    expect(product.releases[0].files[0]).toMatchObject({ filename: 'onesign-7.3.zip', sha256 });

    const ok = await customer.get(uploaded.downloadUrl);
    expect(ok.statusCode).toBe(200);
    expect(ok.rawPayload.equals(bytes)).toBe(true);
    expect(ok.headers['x-checksum-sha256']).toBe(sha256);
    expect(createHash('sha256').update(ok.rawPayload).digest('hex')).toBe(sha256);
    expect(ok.headers['content-disposition']).toContain('onesign-7.3.zip');

    // IMP-10: payment overdue → service withheld.
    await setAccount(tenant.tenant.id, tenant.accountId, 'delinquent');
    const withheld = await customer.get(uploaded.downloadUrl);
    expect(withheld.statusCode).toBe(400);
    expect(withheld.json().error.code).toBe('contract.service_withheld');
    await setAccount(tenant.tenant.id, tenant.accountId, 'current');

    // Lapsed maintenance: refused (Imprivata keeps no right to earlier releases).
    await setContract(tenant.tenant.id, contract?.id as string, { status: 'lapsed' });
    const lapsed = await customer.get(uploaded.downloadUrl);
    expect(lapsed.json().error.code).toBe('contract.lapsed');
    expect((await customer.get('/api/v1/downloads')).json().products[0].releases[0]).toMatchObject({
      available: false,
      refusal: { code: 'contract.lapsed' },
    });

    // Reinstated: allowed again.
    await setContract(tenant.tenant.id, contract?.id as string, { status: 'active' });
    expect((await customer.get(uploaded.downloadUrl)).statusCode).toBe(200);

    // Same-instant entries have no order among themselves: compare as a multiset.
    expect((await auditActions(tenant.tenant.id, release.id)).sort()).toEqual(
      [
        'release.created',
        'release.published',
        'release.file_added',
        'release.file_downloaded',
        'release.download_refused',
        'release.download_refused',
        'release.file_downloaded',
      ].sort(),
    );
  }, 120_000);

  it('IVA-11: after Ivanti support ended, earlier releases stay downloadable, later ones are refused; IMP-12: uncovered products are refused', async () => {
    const { app, clock, tenant, releases, uploadFile, contract } = await setupCatalogue({ packId: 'ivanti' });
    const early = await uploadFile((releases['7.3'] as { id: string }).id, 'neurons-7.3.zip', bytes);
    // Support ends 2026-12-31 (no auto-renewal); 7.4 ships on 2027-01-10.
    await setContract(tenant.tenant.id, contract?.id as string, { status: 'lapsed', auto_renew: false });
    clock.set(new Date('2027-01-10T12:00:00Z'));
    const manager = await loginAs(app, tenant.users.support_manager);
    const planned = (
      await manager.post('/api/v1/releases', {
        version: '7.4',
        productId: (await manager.get('/api/v1/releases')).json().items[0].productId,
      })
    ).json();
    expect((await manager.post(`/api/v1/releases/${planned.id}/publish`)).statusCode).toBe(200);
    const late = await uploadFile(planned.id, 'neurons-7.4.zip', bytes);

    const customer = await loginAs(app, tenant.users.customer_contact);
    expect((await customer.get(early.downloadUrl)).statusCode).toBe(200);
    const refused = await customer.get(late.downloadUrl);
    expect(refused.json().error.code).toBe('release.after_support_ended');
    expect(refused.json().error.message).toMatch(/after your support ended on 2026-12-31/);

    // A product of another pack, which the account's (Ivanti) contract does not cover.
    const admin = await loginAs(app, tenant.users.vendor_admin);
    const other = (
      await admin.post('/api/v1/products', { packId: 'imprivata-onesign', name: 'OneSign', kind: 'software' })
    ).json();
    const otherRelease = (
      await manager.post('/api/v1/releases', { version: '1.0', productId: other.id })
    ).json();
    await manager.post(`/api/v1/releases/${otherRelease.id}/publish`);
    const otherFile = await uploadFile(otherRelease.id, 'onesign-1.0.zip', bytes);
    const notCovered = await customer.get(otherFile.downloadUrl);
    expect(notCovered.json().error.code).toBe('download.product_not_covered');
    const names = (await customer.get('/api/v1/downloads'))
      .json()
      .products.map((p: { name: string }) => p.name);
    expect(names).toEqual(['Ivanti Neurons']);
  });

  it('only vendor admins and support managers upload; a file name cannot name a folder', async () => {
    const { app, tenant, releases } = await setupCatalogue();
    const id = (releases['7.3'] as { id: string }).id;
    const customer = await loginAs(app, tenant.users.customer_admin);
    const denied = await customer.request('POST', `/api/v1/releases/${id}/files?filename=x.zip`, bytes, {
      'content-type': 'application/octet-stream',
    });
    expect(denied.statusCode).toBe(403);
    const manager = await loginAs(app, tenant.users.support_manager);
    const bad = await manager.request('POST', `/api/v1/releases/${id}/files?filename=..%2Fx`, bytes, {
      'content-type': 'application/octet-stream',
    });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json().error)).toContain('filename');
  });
});
