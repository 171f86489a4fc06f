import { describe, expect, it } from 'vitest';
import { upsertPrice } from '../../src/repositories/price-book-repository.js';
import { getTestDatabase } from '../helpers/index.js';
import { addContract } from './record-fixtures.js';
import { setupRma } from './rma-fixtures.js';

type TAppliance = { serial: string; outcome: string; clause: string; warrantyEnd: string | null };
type TAccount = {
  accountId: string;
  appliances: TAppliance[];
  quote: { lines: { code: string; amountMinor: number }[]; totalMinor: number } | null;
  unpriced: string[];
};

describe('GET /api/v1/rma/model-upgrades (a release that needs a later model, per account)', () => {
  it('IMP-28 IMP-29 IMP-31 OneSign under maintenance in warranty: free pair keeping the warranty; Anywhere, lapsed warranty and lapsed maintenance: quote priced from the price book', async () => {
    const { admin, agent, customer, tenant, product, addAppliance } = await setupRma();
    const db = await getTestDatabase();
    const tenantId = tenant.tenant.id;
    const anywhere = (
      await admin.post('/api/v1/products', {
        packId: 'imprivata-onesign',
        name: 'Imprivata OneSign Anywhere',
        kind: 'appliance',
      })
    ).json();
    const at = new Date('2026-01-01T00:00:00Z');
    const sku = { packId: 'imprivata-onesign', item: 'appliance:g4', currency: 'USD' };
    await upsertPrice(db, tenantId, { ...sku, effectiveFrom: '2026-01-01', amountMinor: 250_000 }, at);
    await upsertPrice(db, tenantId, { ...sku, effectiveFrom: '2027-01-01', amountMinor: 300_000 }, at);
    await upsertPrice(
      db,
      tenantId,
      { ...sku, productId: anywhere.id, effectiveFrom: '2026-01-01', amountMinor: 180_000 },
      at,
    );
    await addAppliance({ serial: 'A-FREE', model: 'g3', shipDate: '2026-06-10' });
    await addAppliance({ serial: 'B-EXPIRED', model: 'g3', shipDate: '2025-01-10' });
    await addAppliance({ serial: 'C-ANYWHERE', model: 'g3', productId: anywhere.id });
    await addAppliance({ serial: 'D-RECENT', model: 'g4' });
    await addAppliance({ serial: 'E-VM', model: 'g3', kind: 'virtual' });
    const lapsedAccount = await tenant.addAccount('Lapsed Hospital');
    await addContract(tenant.system, lapsedAccount, { plan: 'standard', status: 'lapsed' });
    await addAppliance({ accountId: lapsedAccount, serial: 'L-LAPSED', model: 'g3' });

    const res = await agent.get('/api/v1/rma/model-upgrades?packId=imprivata-onesign&release=8.0');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ release: '8.0', requiredModel: 'g4' });
    const accounts: TAccount[] = res.json().accounts;
    const own = accounts.find((a) => a.accountId === tenant.accountId);
    const serials = (own?.appliances ?? []).map((a) => a.serial);
    expect(serials).toEqual(['A-FREE', 'B-EXPIRED', 'C-ANYWHERE']);
    const by = Object.fromEntries((own?.appliances ?? []).map((a) => [a.serial, a]));
    expect(by['A-FREE']).toMatchObject({ outcome: 'free_pair', clause: 'IMP-28', warrantyEnd: '2027-06-30' });
    expect(by['B-EXPIRED']).toMatchObject({ outcome: 'quote', clause: 'IMP-31', warrantyEnd: null });
    expect(by['C-ANYWHERE']).toMatchObject({ outcome: 'quote', clause: 'IMP-29' });
    expect(own?.quote?.lines.map((l) => l.amountMinor)).toEqual([250_000, 180_000]);
    expect(own?.quote?.totalMinor).toBe(430_000);

    const lapsed = accounts.find((a) => a.accountId === lapsedAccount);
    expect(lapsed?.appliances).toMatchObject([{ serial: 'L-LAPSED', outcome: 'quote', clause: 'IMP-31' }]);
    expect(lapsed?.quote?.totalMinor).toBe(250_000);

    const none = await agent.get('/api/v1/rma/model-upgrades?packId=imprivata-onesign&release=7.3');
    expect(none.json()).toMatchObject({ requiredModel: null, accounts: [] });
    const refused = await customer.get('/api/v1/rma/model-upgrades?packId=imprivata-onesign&release=8.0');
    expect(refused.statusCode).toBe(403);
    expect(product.id).toBeTruthy();
  }, 120_000);

  it('IMP-36 Premium: OneSign out of warranty still gets the free pair keeping its warranty end', async () => {
    const { agent, addAppliance } = await setupRma({ plan: 'premium' });
    await addAppliance({ serial: 'P-OLD', model: 'g3', shipDate: '2024-03-01' });
    const res = await agent.get('/api/v1/rma/model-upgrades?packId=imprivata-onesign&release=8.0');
    const [account] = res.json().accounts as TAccount[];
    expect(account?.appliances).toMatchObject([
      { serial: 'P-OLD', outcome: 'free_pair', clause: 'IMP-36', warrantyEnd: '2025-03-31' },
    ]);
    expect(account?.quote).toBeNull();
  }, 120_000);
});
