import { describe, expect, it } from 'vitest';
import { openCase } from '../../src/commands/cases/open-case.js';
import { contractResource } from '../../src/commands/contracts/contract-resource.js';
import { createRecord } from '../../src/commands/records/create-record.js';
import type { TDb } from '../../src/db/schema.js';
import { auditValues } from '../../src/repositories/audit-repository.js';
import { caseNumberMarker, insertCaseOpening } from '../../src/repositories/case-opening-repository.js';
import { createTestTenant, getTestDatabase } from '../helpers/index.js';

const now = new Date('2026-11-24T15:00:00Z');

async function tenantWithContract(db: TDb) {
  const tenant = await createTestTenant(db);
  await createRecord(
    { db },
    tenant.system,
    contractResource,
    {
      reference: `W-${tenant.accountId.slice(-6)}`,
      account_id: tenant.accountId,
      pack_id: 'imprivata-onesign',
      plan: 'standard',
      channel: 'direct',
      term_start: '2026-01-01',
      term_end: '2027-12-31',
      status: 'active',
      licences: 10,
    },
    now,
  );
  return tenant;
}

const countsFor = async (db: TDb, tenantId: string) => {
  const count = async (table: 'cases' | 'case_milestones' | 'outbox_events' | 'jobs' | 'audit_log') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .where('tenant_id', '=', tenantId)
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    cases: await count('cases'),
    milestones: await count('case_milestones'),
    events: await count('outbox_events'),
    jobs: await count('jobs'),
    audit: await count('audit_log'),
  };
};

describe('opening a case in one statement', () => {
  it('puts the case number the sequence gave into the audit entry, the event data and the email', async () => {
    const db = await getTestDatabase();
    const tenant = await tenantWithContract(db);
    const input = {
      accountId: tenant.accountId,
      title: 'Badge reader offline',
      description: 'd',
      severity: 'P2',
    };
    const first = await openCase({ db }, tenant.system, input, now);
    const second = await openCase({ db }, tenant.system, input, now);
    expect([first.case.number, second.case.number]).toEqual([1, 2]);

    const audit = await db
      .selectFrom('audit_log')
      .select('after')
      .where('tenant_id', '=', tenant.tenant.id)
      .where('entity_id', '=', second.case.id)
      .where('action', '=', 'case.opened')
      .executeTakeFirstOrThrow();
    expect(audit.after).toMatchObject({ number: 2, severity: 'P2' });

    const event = await db
      .selectFrom('outbox_events')
      .select(['id', 'payload'])
      .where('tenant_id', '=', tenant.tenant.id)
      .where('entity_id', '=', second.case.id)
      .where('type', '=', 'case.opened')
      .executeTakeFirstOrThrow();
    const payload = event.payload as {
      data: { caseNumber: unknown };
      email: { subject: string; text: string };
    };
    expect(payload.data.caseNumber).toBe(2);
    expect(payload.email.subject).toBe('Case #2 received (P2): Badge reader offline');
    expect(payload.email.text).toContain('We have your case #2 "Badge reader offline"');
    expect(JSON.stringify(payload)).not.toContain('case-number');
    // The dispatch job of the event was written with it.
    const job = await db
      .selectFrom('jobs')
      .select('payload')
      .where('tenant_id', '=', tenant.tenant.id)
      .where('dedupe_key', '=', `outbox:${event.id}`)
      .executeTakeFirst();
    expect(job).toBeDefined();
  });

  it('writes nothing when any part of the opening fails (no case, milestones, audit, event or job)', async () => {
    const db = await getTestDatabase();
    const tenant = await tenantWithContract(db);
    const opened = await openCase(
      { db },
      tenant.system,
      { accountId: tenant.accountId, title: 'First', description: 'd', severity: 'P3' },
      now,
    );
    const before = await countsFor(db, tenant.tenant.id);
    const row = await db
      .selectFrom('cases')
      .selectAll()
      .where('id', '=', opened.case.id)
      .executeTakeFirstOrThrow();
    const { number: _number, ...values } = row;
    // A second opening whose audit entry re-uses an existing audit id: the last part to be written fails.
    const existingAudit = await db
      .selectFrom('audit_log')
      .select('id')
      .where('tenant_id', '=', tenant.tenant.id)
      .executeTakeFirstOrThrow();
    const caseId = crypto.randomUUID();
    await expect(
      insertCaseOpening(db, {
        case: {
          ...values,
          id: caseId,
          details: JSON.stringify(row.details),
          sla_input: JSON.stringify(row.sla_input),
          tier3_checklist: null,
          outcome: null,
          version_support: null,
        },
        milestones: [],
        audit: {
          ...auditValues({
            actor: tenant.system,
            action: 'case.opened',
            entityType: 'case',
            entityId: caseId,
            after: { number: caseNumberMarker },
            at: now,
          }),
          id: existingAudit.id,
        },
        events: [],
      }),
    ).rejects.toThrow();
    expect(await countsFor(db, tenant.tenant.id)).toEqual(before);
    // The sequence moved on (a gap), but the next opening still works and is numbered after it.
    const next = await openCase(
      { db },
      tenant.system,
      { accountId: tenant.accountId, title: 'Next', description: 'd', severity: 'P3' },
      now,
    );
    expect(next.case.number).toBeGreaterThan(opened.case.number);
  });
});
