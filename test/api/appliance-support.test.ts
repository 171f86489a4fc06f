import { describe, expect, it } from 'vitest';
import { setupRma } from './rma-fixtures.js';

type TItem = { serial: string; support: { status: string; inWarranty: boolean | null }; rmas: unknown[] };

describe('GET /api/v1/rma/appliances (the appliance page)', () => {
  it('shows each appliance with its computed warranty end, support status and RMAs; customers only their own', async () => {
    const { agent, customer, tenant, addAppliance, openCase, conclude } = await setupRma();
    const covered = await addAppliance({ serial: 'A-COVERED', shipDate: '2026-06-10' });
    await addAppliance({ serial: 'B-EXPIRED', shipDate: '2025-01-10' });
    await addAppliance({ serial: 'C-OLD', softwareVersion: '7.1' });
    await addAppliance({ serial: 'D-VM', kind: 'virtual' });
    await addAppliance({ serial: 'E-READER', kind: 'third_party', model: 'card-reader' });
    const kase = await openCase();
    await conclude(kase.id, covered.id);
    const rma = await agent.post('/api/v1/rmas', { caseId: kase.id, applianceId: covered.id });
    expect(rma.statusCode, rma.body).toBe(201);

    const res = await customer.get('/api/v1/rma/appliances');
    expect(res.statusCode, res.body).toBe(200);
    const items: TItem[] = res.json().items;
    const bySerial = Object.fromEntries(items.map((i) => [i.serial, i]));
    expect(bySerial['A-COVERED']).toMatchObject({
      warrantyEnd: '2027-06-30',
      support: { status: 'covered', inWarranty: true, softwareSupported: true },
      rmas: [{ type: 'return_and_repair', status: 'open' }],
    });
    expect(bySerial['B-EXPIRED']?.support).toMatchObject({ status: 'out_of_warranty', inWarranty: false });
    expect(bySerial['C-OLD']?.support).toMatchObject({ status: 'software_not_supported' });
    expect(bySerial['D-VM']?.support).toMatchObject({ status: 'virtual', hardwareMaintenance: false });
    expect(bySerial['E-READER']?.support.status).toBe('third_party');
    expect(JSON.stringify(res.json())).not.toMatch(/IMP-\d/);

    const vendor = await agent.get(`/api/v1/rma/appliances?accountId=${tenant.accountId}`);
    expect(vendor.json().items).toHaveLength(5);
    const noAccount = await agent.get('/api/v1/rma/appliances');
    expect(noAccount.statusCode).toBe(400);
    expect(noAccount.json().error.code).toBe('appliance.account_required');
  }, 120_000);

  it('an account without active maintenance shows no_maintenance', async () => {
    const { customer, addAppliance, tenant, admin } = await setupRma();
    await addAppliance({ serial: 'X-1' });
    const contracts = (await admin.get(`/api/v1/contracts?accountId=${tenant.accountId}`)).json();
    for (const c of contracts.items) await admin.patch(`/api/v1/contracts/${c.id}`, { status: 'lapsed' });
    const items: TItem[] = (await customer.get('/api/v1/rma/appliances')).json().items;
    expect(items[0]?.support.status).toBe('no_maintenance');
  }, 120_000);
});

describe('IMP-24 prepaid return label', () => {
  it('IMP-24 Standard in warranty: the RMA says a prepaid return label is issued, to staff and to the customer', async () => {
    const { agent, customer, addAppliance, openCase, conclude } = await setupRma();
    const appliance = await addAppliance();
    const kase = await openCase();
    await conclude(kase.id, appliance.id);
    const opened = await agent.post('/api/v1/rmas', { caseId: kase.id, applianceId: appliance.id });
    expect(opened.json()).toMatchObject({ type: 'return_and_repair' });
    expect(opened.json().notes).toContain(
      'A prepaid return label is issued; the customer packages the unit.',
    );
    const seen = (await customer.get(`/api/v1/rmas/${opened.json().id}`)).json();
    expect(seen.notes).toContain('A prepaid return label is issued; the customer packages the unit.');
  }, 120_000);
});
