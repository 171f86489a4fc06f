import { describe, expect, it } from 'vitest';
import { addCaseComment } from '../../src/commands/cases/add-case-comment.js';
import { openCase } from '../../src/commands/cases/open-case.js';
import { setCaseOutcome } from '../../src/commands/cases/set-case-outcome.js';
import { contactResource } from '../../src/commands/contacts/contact-resource.js';
import { uploadPackVersion } from '../../src/commands/packs/upload-pack-version.js';
import { createRecord } from '../../src/commands/records/create-record.js';
import {
  applianceResource,
  productResource,
  siteResource,
} from '../../src/commands/records/vendor-resources.js';
import { createRelease } from '../../src/commands/releases/create-release.js';
import { userRoles } from '../../src/db/schema.js';
import {
  createTestApp,
  createTestTenant,
  getTestDatabase,
  loginAs,
  type TTestClient,
} from '../helpers/index.js';
import { editedImprivata } from './packs-fixtures.js';
import { addAccount, addContract } from './record-fixtures.js';

const now = new Date('2026-03-02T15:00:00Z');

/** Tenant A with one record of every kind on its customer account. */
async function buildVictim() {
  const db = await getTestDatabase();
  const tenant = await createTestTenant();
  const actor = tenant.system;
  const accountId = tenant.accountId;
  const product = await createRecord(
    { db },
    actor,
    productResource,
    { name: 'OneSign', pack_id: 'imprivata-onesign', kind: 'appliance' },
    now,
  );
  const contract = await addContract(actor, accountId);
  const site = await createRecord({ db }, actor, siteResource, { account_id: accountId, name: 'HQ' }, now);
  const contact = await createRecord(
    { db },
    actor,
    contactResource,
    { account_id: accountId, name: 'Secret Person', email: 'secret@victim.example' },
    now,
  );
  const appliance = await createRecord(
    { db },
    actor,
    applianceResource,
    {
      account_id: accountId,
      serial: 'SECRET-SERIAL',
      model: 'G4',
      ship_date: '2026-01-20',
      warranty_end: '2027-01-31',
    },
    now,
  );
  const opened = await openCase(
    { db },
    actor,
    { accountId, title: 'Secret case title', description: 'secret', severity: 'P1' },
    now,
  );
  await addCaseComment({ db }, actor, opened.case.id, { body: 'secret comment', visibility: 'public' }, now);
  const release = await createRelease({ db }, actor, { version: 'SECRET-RELEASE' }, now);
  await setCaseOutcome({ db }, actor, opened.case.id, { kind: 'product_defect', releaseId: release.id }, now);
  const ids = {
    accounts: accountId,
    sites: site.id,
    contracts: contract.id,
    products: product.id,
    contacts: contact.id,
    appliances: appliance.id,
    cases: opened.case.id,
    releases: release.id,
  };
  return { tenant, ids };
}

const patchBodies: Record<string, unknown> = {
  accounts: { name: 'Renamed' },
  sites: { name: 'Renamed' },
  contracts: { licences: 5 },
  products: { name: 'Renamed' },
  contacts: { name: 'Renamed' },
  appliances: { model: 'Renamed' },
  cases: { title: 'Renamed' },
};

/** Every endpoint that takes one of the victim's ids, or refers to its account in the body. */
function requestsAgainst(ids: Record<string, string>, includeProducts: boolean) {
  const requests: { method: 'GET' | 'PATCH' | 'DELETE' | 'POST' | 'PUT'; url: string; body?: unknown }[] = [];
  for (const [resource, id] of Object.entries(ids)) {
    if (resource === 'products' && !includeProducts) continue;
    if (resource === 'releases') continue; // no per-release GET/PATCH/DELETE: see the publish request
    requests.push({ method: 'GET', url: `/api/v1/${resource}/${id}` });
    requests.push({ method: 'PATCH', url: `/api/v1/${resource}/${id}`, body: patchBodies[resource] });
    if (resource !== 'cases') requests.push({ method: 'DELETE', url: `/api/v1/${resource}/${id}` });
  }
  const caseUrl = `/api/v1/cases/${ids.cases}`;
  requests.push(
    { method: 'GET', url: `${caseUrl}/sla` },
    { method: 'GET', url: `${caseUrl}/comments` },
    { method: 'POST', url: `${caseUrl}/comments`, body: { body: 'hi' } },
    { method: 'GET', url: `${caseUrl}/attachments` },
    {
      method: 'POST',
      url: `${caseUrl}/attachments`,
      body: { filename: 'a.txt', sizeBytes: 1, contentType: 'text/plain', sha256: 'a'.repeat(64) },
    },
    { method: 'PATCH', url: caseUrl, body: { status: 'resolved' } },
    { method: 'PATCH', url: caseUrl, body: { details: { context: 'intruder' } } },
    { method: 'POST', url: `${caseUrl}/severity`, body: { severity: 'P2', reason: 'intruder' } },
    { method: 'POST', url: `${caseUrl}/escalate`, body: { reason: 'intruder' } },
    {
      method: 'POST',
      url: `${caseUrl}/escalate`,
      body: { tier: 3, reason: 'intruder', category: 'appliance_service', evidence: ['server_logs'] },
    },
    { method: 'POST', url: `${caseUrl}/outcome`, body: { kind: 'product_defect', fixVersion: '9.9' } },
    {
      method: 'POST',
      url: `${caseUrl}/outcome`,
      body: { kind: 'configuration_change', riskReview: { summary: 'intruder' } },
    },
    { method: 'POST', url: `${caseUrl}/request-details`, body: {} },
    { method: 'POST', url: `/api/v1/releases/${ids.releases}/publish` },
    {
      method: 'POST',
      url: '/api/v1/cases',
      body: { accountId: ids.accounts, title: 't', description: 'd', severity: 'P1' },
    },
    {
      method: 'POST',
      url: '/api/v1/cases',
      body: {
        accountId: ids.accounts,
        contractId: ids.contracts,
        title: 't',
        description: 'd',
        severity: 'P1',
      },
    },
    { method: 'PUT', url: `/api/v1/accounts/${ids.accounts}/pin`, body: { pin: '123456' } },
    { method: 'POST', url: '/api/v1/phone-intake/verify', body: { accountId: ids.accounts, pin: '123456' } },
    {
      method: 'POST',
      url: '/api/v1/phone-intake/cases',
      body: { accountId: ids.accounts, title: 't', description: 'd', severity: 'P1' },
    },
    { method: 'POST', url: '/api/v1/sites', body: { accountId: ids.accounts, name: 'Intruder' } },
    {
      method: 'POST',
      url: '/api/v1/contacts',
      body: { accountId: ids.accounts, name: 'Intruder', email: 'in@truder.example' },
    },
    {
      method: 'POST',
      url: '/api/v1/appliances',
      body: {
        accountId: ids.accounts,
        serial: 'X1',
        model: 'M',
        shipDate: '2026-01-01',
      },
    },
    {
      method: 'POST',
      url: '/api/v1/contracts',
      body: {
        reference: 'X',
        accountId: ids.accounts,
        packId: 'ivanti',
        plan: 'standard',
        termStart: '2026-01-01',
        termEnd: '2026-12-31',
      },
    },
  );
  return requests;
}

const listUrls = [
  '/api/v1/accounts',
  '/api/v1/sites',
  '/api/v1/contracts',
  '/api/v1/contacts',
  '/api/v1/appliances',
  '/api/v1/cases',
  '/api/v1/cases?queue=on_call',
  '/api/v1/products',
  '/api/v1/audit',
  '/api/v1/releases',
];

async function expectNoAccess(
  client: TTestClient,
  who: string,
  ids: Record<string, string>,
  includeProducts: boolean,
) {
  const secrets = Object.entries(ids)
    .filter(([resource]) => includeProducts || resource !== 'products')
    .map(([, id]) => id);
  for (const request of requestsAgainst(ids, includeProducts)) {
    const response = await client.request(request.method, request.url, request.body);
    expect(
      [403, 404],
      `${who} ${request.method} ${request.url} → ${response.statusCode} ${response.body}`,
    ).toContain(response.statusCode);
    for (const secret of [
      ...secrets,
      'Secret case title',
      'SECRET-SERIAL',
      'SECRET-RELEASE',
      'secret@victim.example',
    ]) {
      expect(response.body, `${who} ${request.method} ${request.url}`).not.toContain(secret);
    }
  }
  for (const url of listUrls) {
    const response = await client.get(url);
    expect([200, 403], `${who} GET ${url}`).toContain(response.statusCode);
    for (const secret of [
      ...secrets,
      'Secret case title',
      'SECRET-SERIAL',
      'SECRET-RELEASE',
      'secret@victim.example',
    ]) {
      expect(response.body, `${who} GET ${url}`).not.toContain(secret);
    }
  }
}

describe('tenant and account isolation', () => {
  it('answers 404/403 to every user of another tenant on every record and case endpoint, and lists nothing of it', async () => {
    const app = await createTestApp({ clock: () => now });
    const { ids } = await buildVictim();
    const other = await createTestTenant();
    for (const role of userRoles) {
      await expectNoAccess(await loginAs(app, other.users[role]), `other tenant ${role}`, ids, true);
    }
  });

  it('answers 404/403 to customer users of another account of the same tenant', async () => {
    const app = await createTestApp({ clock: () => now });
    const { tenant, ids } = await buildVictim();
    const neighbour = await addAccount(tenant.system, 'Neighbour', 'emea');
    for (const role of ['customer_admin', 'customer_contact'] as const) {
      const user = await tenant.addUser({ role, accountId: neighbour.id });
      await expectNoAccess(await loginAs(app, user), `neighbour ${role}`, ids, false);
    }
  });

  it('still lets the victim’s own users see their records (the test above is not vacuous)', async () => {
    const app = await createTestApp({ clock: () => now });
    const { tenant, ids } = await buildVictim();
    const customer = await loginAs(app, tenant.users.customer_contact);
    for (const [resource, id] of Object.entries(ids)) {
      if (resource === 'releases') continue;
      expect((await customer.get(`/api/v1/${resource}/${id}`)).statusCode, resource).toBe(200);
    }
    const agent = await loginAs(app, tenant.users.agent);
    expect((await agent.get('/api/v1/cases')).json().items.map((item: { id: string }) => item.id)).toEqual([
      ids.cases,
    ]);
    expect((await agent.get('/api/v1/releases')).json().items.map((item: { id: string }) => item.id)).toEqual(
      [ids.releases],
    );
  });

  it('keeps a tenant’s pack versions, diffs and previews from every user of another tenant', async () => {
    const app = await createTestApp({ clock: () => now });
    const { tenant } = await buildVictim();
    const yaml = editedImprivata('victim-secret-9');
    const upload = await uploadPackVersion({ db: await getTestDatabase() }, tenant.system, { yaml }, now);
    const base = '/api/v1/packs/imprivata-onesign';
    const requests = [
      { method: 'GET' as const, url: `${base}/versions/victim-secret-9` },
      { method: 'POST' as const, url: `${base}/versions/victim-secret-9/publish`, body: {} },
      { method: 'GET' as const, url: `${base}/diff?from=1&to=victim-secret-9` },
      { method: 'POST' as const, url: `${base}/preview`, body: { version: 'victim-secret-9' } },
    ];
    const other = await createTestTenant();
    for (const role of userRoles) {
      const client = await loginAs(app, other.users[role]);
      for (const request of requests) {
        const response = await client.request(request.method, request.url, request.body);
        expect([403, 404], `${role} ${request.method} ${request.url}`).toContain(response.statusCode);
        expect(response.body).not.toContain('Within 1 business hour');
      }
      const list = await client.get(`${base}/versions`);
      expect([200, 403], `${role} versions`).toContain(list.statusCode);
      expect(list.body).not.toContain('victim-secret-9');
      expect(list.body).not.toContain(upload.id);
      const preview = await client.post(`${base}/preview`, {
        version: '1',
        from: '2026-03-01',
        to: '2026-03-31',
      });
      expect([200, 403], `${role} preview`).toContain(preview.statusCode);
      expect(preview.body).not.toContain('Secret case title');
    }
    const victim = await loginAs(app, tenant.users.vendor_admin);
    expect((await victim.get(`${base}/versions/victim-secret-9`)).statusCode).toBe(200);
    const own = await victim.post(`${base}/preview`, {
      version: 'victim-secret-9',
      from: '2026-03-01',
      to: '2026-03-31',
    });
    expect(own.body).toContain('Secret case title');
  });
});
