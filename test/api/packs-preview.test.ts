import { describe, expect, it } from 'vitest';
import { openCase } from '../../src/commands/cases/open-case.js';
import { contractResource } from '../../src/commands/contracts/contract-resource.js';
import { findCasePack } from '../../src/commands/packs/find-pack-version.js';
import { publishPackVersion } from '../../src/commands/packs/publish-pack-version.js';
import { uploadPackVersion } from '../../src/commands/packs/upload-pack-version.js';
import { createRecord } from '../../src/commands/records/create-record.js';
import { parsePack } from '../../src/domain/packs/parse-pack.js';
import { getBuiltInPack } from '../../src/domain/packs/registry.js';
import { resolveSla } from '../../src/domain/sla/resolve-sla.js';
import { createTestApp, createTestTenant, getTestDatabase, loginAs } from '../helpers/index.js';
import { editedImprivata } from './packs-fixtures.js';
import { addContract } from './record-fixtures.js';

describe('POST /api/v1/packs/:id/preview', () => {
  it('compares each case of last month with the due times the candidate version gives it', async () => {
    const db = await getTestDatabase();
    let now = new Date('2026-12-03T15:00:00Z');
    const app = await createTestApp({ clock: () => now });
    const tenant = await createTestTenant();
    await addContract(tenant.system, tenant.accountId, { plan: 'premium' });
    // Tuesday 2026-11-10 10:00 New York, P1 (first response 2 business hours → 1 in the candidate).
    const p1Opened = new Date('2026-11-10T15:00:00Z');
    const p1 = await openCase(
      { db },
      tenant.system,
      { accountId: tenant.accountId, title: 'P1 in November', description: 'd', severity: 'P1' },
      p1Opened,
    );
    await openCase(
      { db },
      tenant.system,
      { accountId: tenant.accountId, title: 'P3 in November', description: 'd', severity: 'P3' },
      new Date('2026-11-12T15:00:00Z'),
    );
    await openCase(
      { db },
      tenant.system,
      { accountId: tenant.accountId, title: 'P1 in October', description: 'd', severity: 'P1' },
      new Date('2026-10-12T15:00:00Z'),
    );

    const admin = await loginAs(app, tenant.users.vendor_admin);
    const yaml = editedImprivata('2');
    expect((await admin.post('/api/v1/packs', { yaml })).statusCode).toBe(201);

    const response = await admin.post('/api/v1/packs/imprivata-onesign/preview', { version: '2' });
    expect(response.statusCode).toBe(200);
    const preview = response.json();
    expect(preview).toMatchObject({
      packId: 'imprivata-onesign',
      version: '2',
      from: '2026-11-01',
      to: '2026-11-30',
      truncated: false,
    });
    expect(preview.cases.map((item: { title: string }) => item.title)).toEqual([
      'P1 in November',
      'P3 in November',
    ]);

    // Independently: the candidate pack and resolveSla with the case's inputs.
    const candidate = parsePack(yaml, 'candidate.yaml');
    const slaInput = {
      plan: 'premium',
      severity: 'P1',
      opened: p1Opened.getTime(),
      centre: 'us',
      channel: 'portal' as const,
      hasCustomer24x7Contact: false,
    };
    const expected = resolveSla(candidate, slaInput).milestones;
    const current = resolveSla(getBuiltInPack('imprivata-onesign'), slaInput).milestones;
    const [p1Row] = preview.cases;
    expect(p1Row.id).toBe(p1.case.id);
    expect(p1Row.centreTimezone).toBe('America/New_York');
    const firstResponse = p1Row.milestones.find((m: { name: string }) => m.name === 'first_response');
    const expectedDue = expected.find((m) => m.name === 'first_response')?.due as number;
    const currentDue = current.find((m) => m.name === 'first_response')?.due as number;
    expect(firstResponse).toEqual({
      name: 'first_response',
      currentKind: 'deadline',
      currentDue: new Date(currentDue).toISOString(),
      candidateKind: 'deadline',
      candidateDue: new Date(expectedDue).toISOString(),
      shiftMs: expectedDue - currentDue,
    });
    expect(expectedDue - currentDue).toBe(-3_600_000);
    const resolution = p1Row.milestones.find((m: { name: string }) => m.name === 'resolution');
    expect(resolution.shiftMs).toBe(0);
    expect(preview.summary).toMatchObject({
      cases: 2,
      earlier: 1,
      later: 0,
      failed: 0,
      maxEarlierMs: 3_600_000,
      maxLaterMs: 0,
    });

    const october = await admin.post('/api/v1/packs/imprivata-onesign/preview', {
      version: '2',
      from: '2026-10-01',
      to: '2026-10-31',
    });
    expect(october.json().cases.map((item: { title: string }) => item.title)).toEqual(['P1 in October']);
    const agent = await loginAs(app, tenant.users.agent);
    expect((await agent.post('/api/v1/packs/imprivata-onesign/preview', { version: '2' })).statusCode).toBe(
      200,
    );
    const customer = await loginAs(app, tenant.users.customer_admin);
    expect(
      (await customer.post('/api/v1/packs/imprivata-onesign/preview', { version: '2' })).statusCode,
    ).toBe(403);
    now = new Date('2027-01-05T12:00:00Z');
    const january = await loginAs(app, tenant.users.vendor_admin);
    const december = await january.post('/api/v1/packs/imprivata-onesign/preview', { version: '2' });
    expect(december.json()).toMatchObject({ from: '2026-12-01', to: '2026-12-31', cases: [] });
  });
});

describe('which pack version a new case uses', () => {
  it('uses a published tenant version for a contract that starts after its effective date, while a running contract stays on its version until a term it may adopt (K4)', async () => {
    const db = await getTestDatabase();
    const now = new Date('2026-11-20T15:00:00Z');
    const app = await createTestApp({ clock: () => now });
    const tenant = await createTestTenant();
    // Running contract: term 2026-01-01 … 2026-12-31 on the built-in version "1".
    await addContract(tenant.system, tenant.accountId, { plan: 'premium' });
    const newAccount = await tenant.addAccount('New customer');
    await createRecord(
      { db },
      tenant.system,
      contractResource,
      {
        reference: `NEW-${newAccount.slice(-6)}`,
        account_id: newAccount,
        pack_id: 'imprivata-onesign',
        plan: 'premium',
        channel: 'direct',
        term_start: '2026-11-15',
        term_end: '2027-11-30',
        status: 'active',
        licences: 10,
      },
      now,
    );

    const admin = await loginAs(app, tenant.users.vendor_admin);
    // Announced 2026-10-15: less than 60 days before the running contract's next term (2027-01-01).
    const yaml = editedImprivata('2', { effectiveFrom: '2026-11-01', announcedOn: '2026-10-15' });
    expect((await admin.post('/api/v1/packs', { yaml })).statusCode).toBe(201);
    const agent = await loginAs(app, tenant.users.agent);
    const body = { title: 'Tap fails', description: 'd', severity: 'P1' };

    const beforePublish = await agent.post('/api/v1/cases', { ...body, accountId: newAccount });
    expect(beforePublish.json().packVersion).toBe('1');
    expect((await admin.post('/api/v1/packs/imprivata-onesign/versions/2/publish')).statusCode).toBe(200);

    const onNew = await agent.post('/api/v1/cases', { ...body, accountId: newAccount });
    expect(onNew.statusCode).toBe(201);
    expect(onNew.json().packVersion).toBe('2');
    const candidate = parsePack(yaml, 'v2.yaml');
    const due = resolveSla(candidate, {
      plan: 'premium',
      severity: 'P1',
      opened: now.getTime(),
      centre: 'us',
      channel: 'portal',
      hasCustomer24x7Contact: false,
    }).milestones.find((m) => m.name === 'first_response')?.due as number;
    expect(onNew.json().milestones.find((m: { name: string }) => m.name === 'first_response').due).toBe(
      new Date(due).toISOString(),
    );

    const onRunning = await agent.post('/api/v1/cases', { ...body, accountId: tenant.accountId });
    expect(onRunning.statusCode).toBe(201);
    expect(onRunning.json().packVersion).toBe('1');
  });
});

describe('findCasePack', () => {
  it('gives a stored case its tenant version, and the built-in pack for versions the tenant does not have', async () => {
    const db = await getTestDatabase();
    const tenant = await createTestTenant();
    const other = await createTestTenant();
    const now = new Date('2026-11-20T15:00:00Z');
    const row = await uploadPackVersion({ db }, tenant.system, { yaml: editedImprivata('7') }, now);
    await publishPackVersion({ db }, tenant.system, { packId: 'imprivata-onesign', version: '7' }, now);
    const onSeven = { pack_id: 'imprivata-onesign', pack_version: '7' };
    const own = await findCasePack(db, tenant.tenant.id, onSeven);
    expect(own.version).toBe('7');
    expect(
      own.sla.matrix.find((cell) => cell.plan === 'premium' && cell.severity === 'P1')?.first_response.text,
    ).toBe('Within 1 business hour');
    expect((await findCasePack(db, other.tenant.id, onSeven)).version).toBe('1');
    expect((await findCasePack(db, tenant.tenant.id, { ...onSeven, pack_version: '1' })).version).toBe('1');
    expect(row.status).toBe('draft');
  });
});
