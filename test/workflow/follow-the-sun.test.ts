import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contactResource } from '../../src/commands/contacts/contact-resource.js';
import { publishPackVersion } from '../../src/commands/packs/publish-pack-version.js';
import { uploadPackVersion } from '../../src/commands/packs/upload-pack-version.js';
import { createRecord } from '../../src/commands/records/create-record.js';
import type { TDb } from '../../src/db/schema.js';
import type { TJobDeps } from '../../src/jobs/define-job.js';
import { enqueueJob } from '../../src/jobs/enqueue-job.js';
import { builtInJobRegistry } from '../../src/jobs/job-definitions.js';
import { runDueJobs } from '../../src/jobs/run-due-jobs.js';
import { followTheSunSweepJob } from '../../src/jobs/workflow/follow-the-sun-sweep-job.js';
import { listCases } from '../../src/repositories/case-repository.js';
import { addContract } from '../api/record-fixtures.js';
import { createTestTenant, getTestDatabase, type TTestTenant, testConfig } from '../helpers/index.js';
import { createCaseTenant, openTestCase } from './fixtures/case-fixtures.js';

// Monday 2 March 2026. Americas (New York) 07:00–19:00 = 12:00–00:00Z; EMEA (London) 08:00–18:00Z;
// APAC (Singapore) 08:00–18:00 = 00:00–10:00Z.
const opened = new Date('2026-03-02T15:00:00Z');
const americasOpen = new Date('2026-03-02T23:30:00Z');
const apacOpen = new Date('2026-03-03T00:30:00Z');
const emeaOpen = new Date('2026-03-03T10:30:00Z');

async function sweepAt(deps: TJobDeps, tenantId: string, now: Date) {
  await enqueueJob(deps.db, followTheSunSweepJob, { tenantId }, { now, tenantId });
  return runDueJobs(deps, now, { registry: builtInJobRegistry, scope: { tenantId } });
}

async function add24x7Contact(db: TDb, tenant: TTestTenant) {
  await createRecord(
    { db },
    tenant.system,
    contactResource,
    {
      account_id: tenant.accountId,
      name: 'Night shift',
      email: 'night@customer.example',
      is_24x7_contact: true,
    },
    opened,
  );
}

async function caseRow(db: TDb, tenantId: string, id: string) {
  return db
    .selectFrom('cases')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}

async function eventsOf(db: TDb, tenantId: string, caseId: string) {
  const rows = await db
    .selectFrom('outbox_events')
    .select(['type', 'payload'])
    .where('tenant_id', '=', tenantId)
    .where('entity_id', '=', caseId)
    .where('type', '=', 'case.transferred')
    .orderBy('id')
    .execute();
  return rows.map((row) => (row.payload as { data: { from: string; to: string } }).data);
}

describe('follow-the-sun (IVA-22, C5)', () => {
  it('moves an open Ivanti Premium S1 to the next open centre when its centre closes, once per hand-over, keeping the assigned engineer', async () => {
    const db = await getTestDatabase();
    const deps = { db, config: testConfig() };
    const tenant = await createCaseTenant(db, 'ivanti', 'premium');
    await add24x7Contact(db, tenant);
    await db
      .updateTable('accounts')
      .set({ assigned_engineer_id: tenant.users.agent.id })
      .where('tenant_id', '=', tenant.tenant.id)
      .where('id', '=', tenant.accountId)
      .execute();
    const { case: kase } = await openTestCase(db, tenant, { severity: 'S1', channel: 'phone', opened });
    expect(kase).toMatchObject({ centre: 'americas', assignee_id: tenant.users.agent.id });
    const s2 = await openTestCase(db, tenant, { severity: 'S2', channel: 'phone', opened });

    await sweepAt(deps, tenant.tenant.id, americasOpen);
    expect((await caseRow(db, tenant.tenant.id, kase.id)).centre).toBe('americas');

    await sweepAt(deps, tenant.tenant.id, apacOpen);
    const moved = await caseRow(db, tenant.tenant.id, kase.id);
    expect(moved).toMatchObject({ centre: 'apac', assignee_id: tenant.users.agent.id });
    expect((await caseRow(db, tenant.tenant.id, s2.case.id)).centre).toBe('americas');
    await sweepAt(deps, tenant.tenant.id, new Date(apacOpen.getTime() + 60_000));
    expect(await eventsOf(db, tenant.tenant.id, kase.id)).toEqual([
      expect.objectContaining({ from: 'americas', to: 'apac' }),
    ]);

    await sweepAt(deps, tenant.tenant.id, emeaOpen);
    expect((await caseRow(db, tenant.tenant.id, kase.id)).centre).toBe('emea');
    expect(await eventsOf(db, tenant.tenant.id, kase.id)).toEqual([
      expect.objectContaining({ from: 'americas', to: 'apac' }),
      expect.objectContaining({ from: 'apac', to: 'emea' }),
    ]);
    const escalations = await db
      .selectFrom('case_escalations')
      .select(['kind', 'reason'])
      .where('tenant_id', '=', tenant.tenant.id)
      .where('case_id', '=', kase.id)
      .execute();
    expect(escalations.map((row) => row.kind)).toEqual(['follow_the_sun', 'follow_the_sun']);
    // A hand-over is not an escalation: the support manager's escalated view does not list it.
    const escalated = await listCases(
      db,
      { tenantId: tenant.tenant.id, accountId: null },
      { escalated: true },
      'next_due',
      null,
      10,
    );
    expect(escalated).toEqual([]);
    const audit = await db
      .selectFrom('audit_log')
      .select(['action', 'before', 'after'])
      .where('tenant_id', '=', tenant.tenant.id)
      .where('entity_id', '=', kase.id)
      .where('action', '=', 'case.transferred')
      .execute();
    expect(audit).toHaveLength(2);
  });

  it('clears an assignee who is not the assigned engineer, and leaves cases without a 24x7 contact or on Standard alone', async () => {
    const db = await getTestDatabase();
    const deps = { db, config: testConfig() };
    const enterprise = await createCaseTenant(db, 'ivanti', 'enterprise');
    await add24x7Contact(db, enterprise);
    const { case: kase } = await openTestCase(db, enterprise, { severity: 'S1', channel: 'phone', opened });
    await db
      .updateTable('cases')
      .set({ assignee_id: enterprise.users.agent.id })
      .where('tenant_id', '=', enterprise.tenant.id)
      .where('id', '=', kase.id)
      .execute();
    await sweepAt(deps, enterprise.tenant.id, apacOpen);
    expect(await caseRow(db, enterprise.tenant.id, kase.id)).toMatchObject({
      centre: 'apac',
      assignee_id: null,
    });

    const no24x7 = await createCaseTenant(db, 'ivanti', 'premium');
    const stays = await openTestCase(db, no24x7, { severity: 'S1', channel: 'phone', opened });
    await sweepAt(deps, no24x7.tenant.id, apacOpen);
    expect((await caseRow(db, no24x7.tenant.id, stays.case.id)).centre).toBe('americas');

    const standard = await createCaseTenant(db, 'ivanti', 'standard');
    await add24x7Contact(db, standard);
    const local = await openTestCase(db, standard, { severity: 'S1', channel: 'portal', opened });
    await sweepAt(deps, standard.tenant.id, apacOpen);
    expect((await caseRow(db, standard.tenant.id, local.case.id)).centre).toBe('americas');
  });

  it("sweeps a tenant's own pack by its own rule (a copy of Ivanti under another id)", async () => {
    const db = await getTestDatabase();
    const deps = { db, config: testConfig() };
    const tenant = await createTestTenant(db);
    const yaml = readFileSync(join(process.cwd(), 'packs', 'ivanti.yaml'), 'utf8').replace(
      /^id: ivanti$/m,
      'id: acme-sun',
    );
    const setupAt = new Date('2026-01-01T00:00:00Z');
    await uploadPackVersion({ db }, tenant.system, { yaml }, setupAt);
    await publishPackVersion({ db }, tenant.system, { packId: 'acme-sun', version: '3.20' }, setupAt);
    await addContract(tenant.system, tenant.accountId, { packId: 'acme-sun', plan: 'premium' }, db);
    await add24x7Contact(db, tenant);
    const { case: kase } = await openTestCase(db, tenant, { severity: 'S1', channel: 'phone', opened });
    expect(kase).toMatchObject({ pack_id: 'acme-sun', centre: 'americas' });

    await sweepAt(deps, tenant.tenant.id, americasOpen);
    expect((await caseRow(db, tenant.tenant.id, kase.id)).centre).toBe('americas');
    await sweepAt(deps, tenant.tenant.id, apacOpen);
    expect((await caseRow(db, tenant.tenant.id, kase.id)).centre).toBe('apac');
    expect(await eventsOf(db, tenant.tenant.id, kase.id)).toEqual([
      expect.objectContaining({ from: 'americas', to: 'apac' }),
    ]);
  });
});
