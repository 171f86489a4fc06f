import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { actorForUser } from '../../src/commands/auth/actor-for-user.js';
import { changeCaseSeverity } from '../../src/commands/cases/change-case-severity.js';
import { openCase } from '../../src/commands/cases/open-case.js';
import { updateCaseCommand } from '../../src/commands/cases/update-case.js';
import { contractResource } from '../../src/commands/contracts/contract-resource.js';
import { publishPackVersion } from '../../src/commands/packs/publish-pack-version.js';
import { uploadPackVersion } from '../../src/commands/packs/upload-pack-version.js';
import { createRecord } from '../../src/commands/records/create-record.js';
import { centreCalendar } from '../../src/commands/workflow/centre-calendar.js';
import type { TDb } from '../../src/db/schema.js';
import { parsePack } from '../../src/domain/packs/parse-pack.js';
import { getBuiltInPack } from '../../src/domain/packs/registry.js';
import { resolveSla } from '../../src/domain/sla/resolve-sla.js';
import { createTestTenant, getTestDatabase, testConfig } from '../helpers/index.js';
import { eventTypesOf, milestonesOf, sweepAt } from './fixtures/case-fixtures.js';

const iso = (value: Date | null | undefined) => (value ? value.toISOString() : null);
// Tuesday 2026-11-24 10:00 New York (US centre 07:00–19:00; Thanksgiving 11-26 closed).
const opened = new Date('2026-11-24T15:00:00Z');
const hour = 3_600_000;

/** Imprivata as a tenant version "2" whose SLA pauses while waiting on the customer. */
function pausingImprivata(): string {
  const yaml = readFileSync(join(process.cwd(), 'packs', 'imprivata-onesign.yaml'), 'utf8');
  const edited = yaml
    .replace('version: "1"', 'version: "2"')
    .replace('effective_from: "2020-01-01"', 'effective_from: "2026-11-01"\nannounced_on: "2026-10-15"')
    .replace('\n    retarget:', '\n    pause: { on_waiting_on_customer: true }\n    retarget:');
  expect(parsePack(edited, 'pausing.yaml').sla.settings.pause?.on_waiting_on_customer).toBe(true);
  return edited;
}

async function pausingCase(db: TDb) {
  const tenant = await createTestTenant(db);
  const setupAt = new Date('2026-11-20T15:00:00Z');
  await uploadPackVersion({ db }, tenant.system, { yaml: pausingImprivata() }, setupAt);
  await publishPackVersion({ db }, tenant.system, { packId: 'imprivata-onesign', version: '2' }, setupAt);
  const accountId = await tenant.addAccount('Pausing customer');
  await createRecord(
    { db },
    tenant.system,
    contractResource,
    {
      reference: `P-${accountId.slice(-6)}`,
      account_id: accountId,
      pack_id: 'imprivata-onesign',
      plan: 'standard',
      channel: 'direct',
      term_start: '2026-11-15',
      term_end: '2027-11-30',
      status: 'active',
      licences: 10,
    },
    setupAt,
  );
  const agent = tenant.users.agent;
  const actor = actorForUser(agent, { kind: 'session' });
  const { case: kase } = await openCase(
    { db },
    actor,
    { accountId, title: 'Paused', description: 'd', severity: 'P1' },
    opened,
  );
  expect(kase.pack_version).toBe('2');
  const status = (to: 'waiting_on_customer' | 'in_progress', at: string) =>
    updateCaseCommand({ db }, actor, kase.id, { status: to }, new Date(at));
  return { tenant, actor, kase, status };
}

const us = () => centreCalendar(getBuiltInPack('imprivata-onesign'), 'us');

describe('pause while waiting on the customer (pack setting sla.settings.pause)', () => {
  it('neither seed pauses: waiting on the customer keeps the clock running', async () => {
    for (const id of ['imprivata-onesign', 'ivanti']) {
      expect(getBuiltInPack(id).sla.settings.pause?.on_waiting_on_customer ?? false).toBe(false);
    }
  });

  it('accumulates paused business time of the centre calendar, holds alarms while paused and pushes the due time out', async () => {
    const db = await getTestDatabase();
    const { tenant, kase, status } = await pausingCase(db);
    const tenantId = tenant.tenant.id;
    expect(iso((await milestonesOf(db, tenantId, kase.id)).first_response?.due_at)).toBe(
      '2026-11-24T19:00:00.000Z',
    );
    await status('waiting_on_customer', '2026-11-24T16:00:00Z'); // Tue 11:00 New York
    // Past the 75% instant (18:00Z) and the due (19:00Z), but paused: no warning, no breach.
    const deps = { db, config: testConfig() };
    await sweepAt(deps, tenantId, new Date('2026-11-24T19:30:00Z'));
    expect(await eventTypesOf(db, tenantId, kase.id)).toEqual([]);

    await status('in_progress', '2026-11-25T14:00:00Z'); // Wed 09:00 New York
    const m = await milestonesOf(db, tenantId, kase.id);
    // Paused Tue 11:00–19:00 (8 h) + Wed 07:00–09:00 (2 h) = 10 business hours; 3 h were left.
    expect(m.first_response?.paused_ms).toBe(10 * hour);
    expect(iso(m.first_response?.due_at)).toBe('2026-11-25T17:00:00.000Z'); // Wed 12:00 New York
    const pauses = await db
      .selectFrom('case_pauses')
      .select(['paused_at', 'resumed_at'])
      .where('tenant_id', '=', tenantId)
      .where('case_id', '=', kase.id)
      .execute();
    expect(pauses.map((row) => [iso(row.paused_at), iso(row.resumed_at)])).toEqual([
      ['2026-11-24T16:00:00.000Z', '2026-11-25T14:00:00.000Z'],
    ]);
    // The warning comes at 75% of the 4 h target counted without the pause: 1 h before the due.
    await sweepAt(deps, tenantId, new Date('2026-11-25T15:59:59Z'));
    expect(await eventTypesOf(db, tenantId, kase.id)).toEqual([]);
    await sweepAt(deps, tenantId, new Date('2026-11-25T16:00:00Z'));
    expect(await eventTypesOf(db, tenantId, kase.id)).toEqual(['sla.warning']);
  });

  it('a severity change during a pause keeps the paused time and re-times from the opening', async () => {
    const db = await getTestDatabase();
    const { tenant, actor, kase, status } = await pausingCase(db);
    const tenantId = tenant.tenant.id;
    await status('waiting_on_customer', '2026-11-24T16:00:00Z');
    await changeCaseSeverity(
      { db },
      actor,
      kase.id,
      { severity: 'P2', reason: 'Agreed lower' },
      new Date('2026-11-24T18:00:00Z'),
    );
    await status('in_progress', '2026-11-25T14:00:00Z');
    const m = await milestonesOf(db, tenantId, kase.id);
    expect(m.first_response?.paused_ms).toBe(10 * hour);
    const p2 = resolveSla(getBuiltInPack('imprivata-onesign'), {
      plan: 'standard',
      severity: 'P2',
      opened: opened.getTime(),
      centre: 'us',
      channel: 'portal',
      hasCustomer24x7Contact: false,
    }).milestones.find((milestone) => milestone.name === 'first_response')?.due as number;
    const due = m.first_response?.due_at?.getTime() as number;
    // The P2 target from the original opening, plus exactly the 10 paused business hours.
    expect(us().elapsed(opened.getTime(), due)).toBe(us().elapsed(opened.getTime(), p2) + 10 * hour);
  });
});
