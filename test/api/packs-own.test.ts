import { describe, expect, it } from 'vitest';
import { createTestApp, createTestTenant, loginAs } from '../helpers/index.js';
import { imprivataYaml } from './packs-fixtures.js';

const now = new Date('2026-12-03T15:00:00Z'); // Thursday 10:00 in New York

/** The Imprivata pack as a vendor's own policy under another id. */
const acmeYaml = imprivataYaml
  .replace('id: imprivata-onesign', 'id: acme-care')
  .replace(/^name: .*$/m, 'name: Acme Care Support Policy');

const acmeContract = (accountId: string, plan: string, reference: string) => ({
  reference,
  accountId,
  packId: 'acme-care',
  plan,
  channel: 'direct',
  termStart: '2026-11-01',
  termEnd: '2027-10-31',
  status: 'active',
});

/** A tenant that has published `yaml` as its pack acme-care and has a contract on it for `plan`. */
async function tenantOnAcme(yaml: string, plan: string, clock: Date) {
  const app = await createTestApp({ clock: () => clock });
  const tenant = await createTestTenant();
  const admin = await loginAs(app, tenant.users.vendor_admin);
  expect((await admin.post('/api/v1/packs', { yaml })).json()).toMatchObject({ packId: 'acme-care' });
  expect((await admin.post('/api/v1/packs/acme-care/versions/1/publish')).statusCode).toBe(200);
  const contract = await admin.post(
    '/api/v1/contracts',
    acmeContract(tenant.accountId, plan, `ACME-${plan}`),
  );
  expect(contract.statusCode).toBe(201);
  return { app, tenant, admin };
}

describe("a tenant's own policy pack", () => {
  it('once published, carries products and contracts, limits contacts and times cases', async () => {
    const app = await createTestApp({ clock: () => now });
    const tenant = await createTestTenant();
    const admin = await loginAs(app, tenant.users.vendor_admin);
    const contract = acmeContract(tenant.accountId, 'standard', 'ACME-1');
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

  it('keeps the incident details its own pack asks for on the case (shown as missing, request offered)', async () => {
    const detailedYaml = acmeYaml.replace(
      '\nintake:\n',
      '\nintake:\n  - { id: detailed-information, text: "Give an example, the context, the configuration and the steps.", source: { clause: ACM-23, section: Intake } }\n',
    );
    const { app, tenant } = await tenantOnAcme(detailedYaml, 'standard', now);

    // A customer must give them in the portal.
    const customer = await loginAs(app, tenant.users.customer_contact);
    const refused = await customer.post('/api/v1/cases', {
      title: 'Badge',
      description: 'Fails',
      severity: 'P2',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details.map((detail: { field: string }) => detail.field)).toContain(
      'details.example',
    );

    // An agent taking an email opens it without them; the case says what is missing.
    const agent = await loginAs(app, tenant.users.agent);
    const opened = await agent.post('/api/v1/cases', {
      accountId: tenant.accountId,
      title: 'Badge by email',
      description: 'Fails',
      severity: 'P2',
      channel: 'email',
      details: { example: 'Reader 3 in lobby' },
    });
    expect(opened.statusCode).toBe(201);
    const kase = (await agent.get(`/api/v1/cases/${opened.json().id}`)).json();
    expect(kase.requiredDetails).toEqual(['example', 'context', 'systemConfiguration', 'reproductionSteps']);
    expect(kase.missingDetails).toEqual(['context', 'systemConfiguration', 'reproductionSteps']);
    expect(kase.allowedActions).toContain('request_details');
  });

  it('takes a phone call on its own pack: PIN, after-hours P0 to the on-call queue', async () => {
    const afterHours = new Date('2026-12-04T04:00:00Z'); // Thursday 23:00 in New York
    const { app, tenant, admin } = await tenantOnAcme(acmeYaml, 'premium', afterHours);
    expect((await admin.put(`/api/v1/accounts/${tenant.accountId}/pin`, { pin: '482913' })).statusCode).toBe(
      200,
    );
    const agent = await loginAs(app, tenant.users.agent);
    const verified = await agent.post('/api/v1/phone-intake/verify', {
      accountId: tenant.accountId,
      pin: '482913',
    });
    const response = await agent.post('/api/v1/phone-intake/cases', {
      accountId: tenant.accountId,
      title: 'Appliance down',
      description: 'Both appliances unreachable',
      severity: 'P0',
      verificationId: verified.json().verificationId,
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().case).toMatchObject({ packId: 'acme-care', channel: 'phone', queue: 'on_call' });
    expect(response.json().intake).toMatchObject({ queue: 'on_call', afterHours: true });
  });
});
