import { describe, expect, it } from 'vitest';
import { createTestApp, createTestTenant, loginAs } from '../helpers/index.js';

const fixedNow = new Date('2026-12-02T15:00:00Z');

describe('GET /api/v1/contacts/usage (IMP-42: the allowance comes from the API, not the web app)', () => {
  it('IMP-42 counts active contacts against the plan limit; customers see their own account only', async () => {
    const app = await createTestApp({ clock: () => fixedNow });
    const tenant = await createTestTenant(undefined, fixedNow);
    const admin = await loginAs(app, tenant.users.vendor_admin);
    const customer = await loginAs(app, tenant.users.customer_contact);
    const usage = async (client: typeof admin, query = '') => {
      const response = await client.get(`/api/v1/contacts/usage${query}`);
      expect(response.statusCode, response.body).toBe(200);
      return response.json();
    };
    expect(await usage(customer)).toEqual({ accountId: tenant.accountId, used: 0, limit: null });

    const contract = await admin.post('/api/v1/contracts', {
      reference: `C-${tenant.tenant.slug}`,
      accountId: tenant.accountId,
      packId: 'imprivata-onesign',
      plan: 'premium',
      termStart: '2026-01-01',
      termEnd: '2027-12-31',
    });
    expect(contract.statusCode, contract.body).toBe(201);
    for (const index of [1, 2]) {
      const added = await admin.post('/api/v1/contacts', {
        accountId: tenant.accountId,
        name: `Contact ${index}`,
        email: `contact-${index}@${tenant.tenant.slug}.test`,
      });
      expect(added.statusCode, added.body).toBe(201);
    }
    expect(await usage(customer)).toEqual({ accountId: tenant.accountId, used: 2, limit: 6 });
    expect(await usage(admin, `?accountId=${tenant.accountId}`)).toEqual({
      accountId: tenant.accountId,
      used: 2,
      limit: 6,
    });

    const otherAccount = await tenant.addAccount('Other Hospital');
    const refused = await customer.get(`/api/v1/contacts/usage?accountId=${otherAccount}`);
    expect(refused.statusCode).toBe(404);
    const unnamed = await admin.get('/api/v1/contacts/usage');
    expect(unnamed.statusCode).toBe(400);
    expect(unnamed.json().error).toMatchObject({ details: [{ field: 'accountId' }] });
  }, 120_000);
});
