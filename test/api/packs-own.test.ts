import { describe, expect, it } from 'vitest';
import { createTestApp, createTestTenant, loginAs } from '../helpers/index.js';
import { imprivataYaml } from './packs-fixtures.js';

const now = new Date('2026-12-03T15:00:00Z'); // Thursday 10:00 in New York

/** The Imprivata pack as a vendor's own policy under another id. */
const acmeYaml = imprivataYaml
  .replace('id: imprivata-onesign', 'id: acme-care')
  .replace(/^name: .*$/m, 'name: Acme Care Support Policy');

describe("a tenant's own policy pack", () => {
  it('once published, carries products and contracts, limits contacts and times cases', async () => {
    const app = await createTestApp({ clock: () => now });
    const tenant = await createTestTenant();
    const admin = await loginAs(app, tenant.users.vendor_admin);
    const contract = {
      reference: 'ACME-1',
      accountId: tenant.accountId,
      packId: 'acme-care',
      plan: 'standard',
      channel: 'direct',
      termStart: '2026-11-01',
      termEnd: '2027-10-31',
      status: 'active',
    };
    const before = await admin.post('/api/v1/contracts', contract);
    expect(before.statusCode).toBe(400);
    expect(before.json().error).toMatchObject({ code: 'pack.unknown', details: [{ field: 'packId' }] });

    expect((await admin.post('/api/v1/packs', { yaml: acmeYaml })).statusCode).toBe(201);
    // A draft is not usable yet.
    expect((await admin.post('/api/v1/contracts', contract)).statusCode).toBe(400);
    expect((await admin.post('/api/v1/packs/acme-care/versions/1/publish')).statusCode).toBe(200);

    const product = await admin.post('/api/v1/products', {
      name: 'Acme Badge',
      packId: 'acme-care',
      kind: 'appliance',
    });
    expect(product.statusCode).toBe(201);
    const created = await admin.post('/api/v1/contracts', contract);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ packId: 'acme-care', packVersion: '1', plan: 'standard' });

    const customer = await loginAs(app, tenant.users.customer_contact);
    const opened = await customer.post('/api/v1/cases', {
      title: 'Badge',
      description: 'Fails',
      severity: 'P1',
    });
    expect(opened.statusCode).toBe(201);
    expect(opened.json()).toMatchObject({ packId: 'acme-care', plan: 'standard', centre: 'us' });
    const firstResponse = opened.json().milestones.find((m: { name: string }) => m.name === 'first_response');
    // Standard P1: 4 business hours from Thursday 10:00 New York.
    expect(firstResponse.due).toBe('2026-12-03T19:00:00.000Z');
  });
});
