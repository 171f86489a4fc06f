import { describe, expect, it } from 'vitest';
import { createTestApp, createTestTenant, loginAs } from '../helpers/index.js';
import { editedImprivata, imprivataYaml, lineOf, premiumP1Line } from './packs-fixtures.js';

const now = new Date('2026-12-03T15:00:00Z');

describe('POST /api/v1/packs/validate', () => {
  it('returns schema errors at the line and column of the offending value', async () => {
    const app = await createTestApp({ clock: () => now });
    const tenant = await createTestTenant();
    const admin = await loginAs(app, tenant.users.vendor_admin);
    const broken = imprivataYaml.replace(premiumP1Line, premiumP1Line.replace('hours: 2,', 'hours: two,'));
    const response = await admin.post('/api/v1/packs/validate', { yaml: broken });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.valid).toBe(false);
    expect(body.summary).toBeNull();
    expect(body.errors.length).toBeGreaterThan(0);
    const line = lineOf(imprivataYaml, premiumP1Line);
    expect(body.errors.map((error: { line: number }) => error.line)).toContain(line);
    const error = body.errors.find((candidate: { line: number }) => candidate.line === line);
    expect(error.path).toMatch(/^sla\.matrix\.5\.first_response/);
    expect(error.column).toBeGreaterThan(1);

    const ok = await admin.post('/api/v1/packs/validate', { yaml: editedImprivata('2') });
    expect(ok.json()).toMatchObject({
      valid: true,
      errors: [],
      summary: { id: 'imprivata-onesign', version: '2', plans: ['standard', 'premium'] },
    });
  });

  it('never fails with 500 on garbage, reports YAML syntax errors with a line, and limits the size', async () => {
    const app = await createTestApp({ clock: () => now });
    const tenant = await createTestTenant();
    const agent = await loginAs(app, tenant.users.agent);
    for (const yaml of [
      '',
      '::: [',
      '\t- : -\t{',
      'a: b\n  c: [1, 2\nd: {',
      '- 1\n- 2',
      '&a [*a, *a]',
      'x: *nothing',
    ]) {
      const response = await agent.post('/api/v1/packs/validate', { yaml });
      expect(response.statusCode, JSON.stringify(yaml)).toBe(200);
      expect(response.json().valid).toBe(false);
      expect(response.json().errors[0].line).toBeGreaterThanOrEqual(1);
    }
    // NUL never reaches the YAML parser: refused in one place for every field (issue 13), naming the field.
    const nul = await agent.post('/api/v1/packs/validate', { yaml: '\u0000\u0001' });
    expect(nul.statusCode).toBe(400);
    expect(nul.json().error.code).toBe('request.invalid_characters');
    expect(JSON.stringify(nul.json().error.details)).toContain('yaml');
    const syntax = await agent.post('/api/v1/packs/validate', {
      yaml: 'schema: aftercare.pack/v1\nid: x\nplans: [1, 2\n',
    });
    expect(syntax.json().errors[0].line).toBeGreaterThanOrEqual(3);
    const huge = await agent.post('/api/v1/packs/validate', { yaml: `# ${'x'.repeat(600 * 1024)}` });
    expect(huge.statusCode).toBe(200);
    expect(huge.json().errors[0].message).toMatch(/larger than/);
  });

  it('is for vendor staff only', async () => {
    const app = await createTestApp({ clock: () => now });
    const tenant = await createTestTenant();
    const customer = await loginAs(app, tenant.users.customer_admin);
    const response = await customer.post('/api/v1/packs/validate', { yaml: imprivataYaml });
    expect(response.statusCode).toBe(403);
  });
});

describe('pack versions: upload, publish, list, diff', () => {
  it('stores a draft, refuses duplicates and invalid packs, publishes, lists and audits', async () => {
    const app = await createTestApp({ clock: () => now });
    const tenant = await createTestTenant();
    const admin = await loginAs(app, tenant.users.vendor_admin);

    const invalid = await admin.post('/api/v1/packs', {
      yaml: imprivataYaml.replace('hours: 2,', 'hours: -2,'),
    });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().error.code).toBe('pack.invalid');
    expect(invalid.json().error.details[0]).toMatchObject({
      line: expect.any(Number),
      column: expect.any(Number),
    });

    const builtInAgain = await admin.post('/api/v1/packs', { yaml: imprivataYaml });
    expect(builtInAgain.statusCode).toBe(409);

    const uploaded = await admin.post('/api/v1/packs', {
      yaml: editedImprivata('2'),
      effectiveFrom: '2026-12-01',
    });
    expect(uploaded.statusCode).toBe(201);
    expect(uploaded.json()).toMatchObject({
      packId: 'imprivata-onesign',
      version: '2',
      status: 'draft',
      source: 'tenant',
      effectiveFrom: '2026-12-01',
      uploadedBy: `user:${tenant.users.vendor_admin.id}`,
      allowedActions: ['publish', 'preview', 'diff'],
    });
    const duplicate = await admin.post('/api/v1/packs', { yaml: editedImprivata('2') });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error.code).toBe('pack.already_exists');

    const versions = await admin.get('/api/v1/packs/imprivata-onesign/versions');
    expect(versions.statusCode).toBe(200);
    expect(
      versions.json().items.map((item: { version: string; status: string }) => [item.version, item.status]),
    ).toEqual([
      ['1', 'built_in'],
      ['2', 'draft'],
    ]);

    const source = await admin.get('/api/v1/packs/imprivata-onesign/versions/2');
    expect(source.json().yaml).toContain('Within 1 business hour');

    const published = await admin.post('/api/v1/packs/imprivata-onesign/versions/2/publish');
    expect(published.statusCode).toBe(200);
    expect(published.json()).toMatchObject({ status: 'published', allowedActions: ['preview', 'diff'] });
    const again = await admin.post('/api/v1/packs/imprivata-onesign/versions/2/publish');
    expect(again.statusCode).toBe(409);

    const audit = await admin.get(`/api/v1/audit?entityType=pack_version&entityId=${uploaded.json().id}`);
    expect(
      audit
        .json()
        .items.map((item: { action: string }) => item.action)
        .sort(),
    ).toEqual(['pack.published', 'pack.uploaded']);

    const diff = await admin.get('/api/v1/packs/imprivata-onesign/diff?from=1&to=2');
    expect(diff.statusCode).toBe(200);
    const entries = diff.json().entries as { path: string; label: string }[];
    expect(entries.map((entry) => entry.path)).toEqual([
      'version',
      'effective_from',
      'sla.matrix[premium/P1].first_response',
    ]);
    expect(entries[2]?.label).toBe(
      'SLA premium / P1 first response: “Within 2 business hours” → “Within 1 business hour”',
    );
    const missing = await admin.get('/api/v1/packs/imprivata-onesign/diff?from=1&to=9');
    expect(missing.statusCode).toBe(404);
  });

  it('lets only vendor admins write, vendor staff read, and hides one tenant’s versions from another', async () => {
    const app = await createTestApp({ clock: () => now });
    const tenant = await createTestTenant();
    const other = await createTestTenant();
    const admin = await loginAs(app, tenant.users.vendor_admin);
    await admin.post('/api/v1/packs', { yaml: editedImprivata('tenant-a-2') });

    for (const role of ['support_manager', 'agent', 'customer_admin', 'customer_contact'] as const) {
      const client = await loginAs(app, tenant.users[role]);
      const upload = await client.post('/api/v1/packs', { yaml: editedImprivata('x') });
      expect(upload.statusCode, role).toBe(403);
      const publish = await client.post('/api/v1/packs/imprivata-onesign/versions/tenant-a-2/publish');
      expect(publish.statusCode, role).toBe(403);
      const list = await client.get('/api/v1/packs/imprivata-onesign/versions');
      expect(list.statusCode, role).toBe(role.startsWith('customer') ? 403 : 200);
    }

    const intruder = await loginAs(app, other.users.vendor_admin);
    const list = await intruder.get('/api/v1/packs/imprivata-onesign/versions');
    expect(list.json().items.map((item: { version: string }) => item.version)).toEqual(['1']);
    for (const response of [
      await intruder.get('/api/v1/packs/imprivata-onesign/versions/tenant-a-2'),
      await intruder.post('/api/v1/packs/imprivata-onesign/versions/tenant-a-2/publish'),
      await intruder.get('/api/v1/packs/imprivata-onesign/diff?from=1&to=tenant-a-2'),
      await intruder.post('/api/v1/packs/imprivata-onesign/preview', { version: 'tenant-a-2' }),
    ]) {
      expect(response.statusCode).toBe(404);
      expect(response.body).not.toContain('Within 1 business hour');
    }
    // The other tenant may upload its own version with the same label.
    const own = await intruder.post('/api/v1/packs', { yaml: editedImprivata('tenant-a-2') });
    expect(own.statusCode).toBe(201);
  });
});

describe('reading packs with tenant versions', () => {
  it('shows a version’s matrix and calendars to vendor staff, and lists the tenant’s own packs', async () => {
    const app = await createTestApp({ clock: () => now });
    const tenant = await createTestTenant();
    const admin = await loginAs(app, tenant.users.vendor_admin);
    const own = editedImprivata('1').replace('id: imprivata-onesign', 'id: acme-support');
    expect((await admin.post('/api/v1/packs', { yaml: own })).statusCode).toBe(201);
    expect((await admin.post('/api/v1/packs', { yaml: editedImprivata('2') })).statusCode).toBe(201);

    const agent = await loginAs(app, tenant.users.agent);
    const list = await agent.get('/api/v1/packs');
    expect(list.json().items.map((item: { id: string }) => item.id)).toEqual([
      'imprivata-onesign',
      'ivanti',
      'acme-support',
    ]);
    const premiumP1 = (body: {
      slaMatrix: { plan: string; severity: string; firstResponse: { text: string } }[];
    }) =>
      body.slaMatrix.find((cell) => cell.plan === 'premium' && cell.severity === 'P1')?.firstResponse.text;
    expect(premiumP1((await agent.get('/api/v1/packs/imprivata-onesign')).json())).toBe(
      'Within 2 business hours',
    );
    expect(premiumP1((await agent.get('/api/v1/packs/imprivata-onesign?version=2')).json())).toBe(
      'Within 1 business hour',
    );
    expect((await agent.get('/api/v1/packs/acme-support')).json().id).toBe('acme-support');
    const calendar = await agent.get('/api/v1/packs/imprivata-onesign/calendars/us?month=2026-11&version=2');
    expect(calendar.statusCode).toBe(200);

    const customer = await loginAs(app, tenant.users.customer_contact);
    expect((await customer.get('/api/v1/packs')).json().items).toHaveLength(2);
    expect((await customer.get('/api/v1/packs/imprivata-onesign?version=2')).statusCode).toBe(403);
    expect((await customer.get('/api/v1/packs/acme-support')).statusCode).toBe(404);
    const other = await loginAs(app, (await createTestTenant()).users.agent);
    expect((await other.get('/api/v1/packs/acme-support')).statusCode).toBe(404);
    expect((await other.get('/api/v1/packs/imprivata-onesign?version=2')).statusCode).toBe(404);
  });
});
