import { describe, expect, it } from 'vitest';
import { createTestApp, createTestTenant, loginAs } from '../helpers/index.js';

const fixedNow = new Date('2026-12-02T15:00:00Z');

async function setUpPremiumAccount() {
  const app = await createTestApp({ clock: () => fixedNow });
  const tenant = await createTestTenant(undefined, fixedNow);
  const admin = await loginAs(app, tenant.users.vendor_admin);
  const contract = await admin.post('/api/v1/contracts', {
    reference: `C-${tenant.tenant.slug}`,
    accountId: tenant.accountId,
    packId: 'imprivata-onesign',
    plan: 'premium',
    termStart: '2026-01-01',
    termEnd: '2027-12-31',
  });
  expect(contract.statusCode, contract.body).toBe(201);
  const addContact = (index: number) =>
    admin.post('/api/v1/contacts', {
      accountId: tenant.accountId,
      name: `Contact ${index}`,
      email: `contact-${index}@${tenant.tenant.slug}.test`,
    });
  const activeCount = async () => {
    const page = await admin.get(`/api/v1/contacts?accountId=${tenant.accountId}&limit=100`);
    return (page.json().items as Array<{ readOnly: boolean }>).filter((item) => !item.readOnly).length;
  };
  return { app, tenant, admin, contractId: contract.json().id as string, addContact, activeCount };
}

describe('named contacts under races (IMP-42, K8)', () => {
  it('IMP-42 15 parallel POST /contacts with 3 of 6 left leave exactly 6 active', async () => {
    const { addContact, activeCount } = await setUpPremiumAccount();
    for (let index = 0; index < 3; index++) expect((await addContact(index)).statusCode).toBe(201);
    const responses = await Promise.all(Array.from({ length: 15 }, (_, index) => addContact(100 + index)));
    const statuses = responses.map((response) => response.statusCode);
    expect(statuses.filter((status) => status === 201)).toHaveLength(3);
    expect(statuses.filter((status) => status === 409)).toHaveLength(12);
    expect(responses.find((r) => r.statusCode === 409)?.json().error.code).toBe('contact.limit_reached');
    expect(await activeCount()).toBe(6);
  });

  it('IMP-42 refuses linking a contact to a user of another account of the same tenant', async () => {
    const { tenant, admin } = await setUpPremiumAccount();
    const otherAccount = await tenant.addAccount('Other customer');
    const stranger = await tenant.addUser({ role: 'customer_contact', accountId: otherAccount });
    const refused = await admin.post('/api/v1/contacts', {
      accountId: tenant.accountId,
      userId: stranger.id,
      name: 'Stranger',
      email: 'stranger@example.test',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error).toMatchObject({
      code: 'contact.user_not_in_account',
      details: [{ field: 'userId' }],
    });
    const own = await admin.post('/api/v1/contacts', {
      accountId: tenant.accountId,
      userId: tenant.users.customer_contact.id,
      name: 'Own user',
      email: 'own@example.test',
    });
    expect(own.statusCode).toBe(201);
  });

  it('IMP-42 K8 edit and remove a contact; a downgrade makes the extra contacts read-only, deleting none', async () => {
    const { admin, addContact, activeCount, contractId, tenant } = await setUpPremiumAccount();
    const ids: string[] = [];
    for (let index = 0; index < 6; index++) ids.push((await addContact(index)).json().id);
    const edited = await admin.patch(`/api/v1/contacts/${ids[0]}`, { name: 'Renamed', phone: '+1 555 0100' });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ name: 'Renamed', phone: '+1 555 0100' });
    expect((await admin.delete(`/api/v1/contacts/${ids[1]}`)).statusCode).toBe(204);
    expect((await addContact(50)).statusCode).toBe(201);
    expect((await addContact(51)).statusCode).toBe(409);

    const downgrade = await admin.patch(`/api/v1/contracts/${contractId}`, { plan: 'standard' });
    expect(downgrade.statusCode).toBe(200);
    expect(await activeCount()).toBe(3);
    const all = await admin.get(`/api/v1/contacts?accountId=${tenant.accountId}&limit=100`);
    expect(all.json().items).toHaveLength(6);
    const readOnly = (all.json().items as Array<{ id: string; readOnly: boolean }>).find(
      (item) => item.readOnly,
    );
    const reactivate = await admin.patch(`/api/v1/contacts/${readOnly?.id}`, { readOnly: false });
    expect(reactivate.statusCode).toBe(409);
  });

  it('IMP-42 a plan change racing with additions never leaves more active contacts than the new plan allows', async () => {
    const { admin, addContact, activeCount, contractId } = await setUpPremiumAccount();
    for (let index = 0; index < 2; index++) expect((await addContact(index)).statusCode).toBe(201);
    await Promise.all([
      ...Array.from({ length: 6 }, (_, index) => addContact(200 + index)),
      admin.patch(`/api/v1/contracts/${contractId}`, { plan: 'standard' }),
    ]);
    expect(await activeCount()).toBeLessThanOrEqual(3);
  });
});
