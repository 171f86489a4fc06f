import { describe, expect, it } from 'vitest';
import { addContract } from '../api/record-fixtures.js';
import {
  createManualClock,
  createTestApp,
  createTestTenant,
  getTestDatabase,
  loginAs,
  type TTestClient,
  uniqueSuffix,
} from '../helpers/index.js';

// Tuesday 2026-11-24 10:00 New York: inside the US centre's hours.
const opened = new Date('2026-11-24T15:00:00Z');

async function setUp() {
  const clock = createManualClock(opened);
  const app = await createTestApp({ clock });
  const tenant = await createTestTenant();
  await addContract(tenant.system, tenant.accountId, { packId: 'imprivata-onesign', plan: 'standard' });
  const agent = await loginAs(app, tenant.users.agent);
  const title = `Idempotent ${uniqueSuffix()}`;
  const body = { title, description: 'Broken', severity: 'P3', accountId: tenant.accountId };
  const openCase = (client: TTestClient, key: string, overrides: Record<string, unknown> = {}) =>
    client.request('POST', '/api/v1/cases', { ...body, ...overrides }, { 'idempotency-key': key });
  const countCases = async (tenantId = tenant.tenant.id) => {
    const db = await getTestDatabase();
    const row = await db
      .selectFrom('cases')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('tenant_id', '=', tenantId)
      .where('title', '=', title)
      .executeTakeFirstOrThrow();
    return Number(row.count);
  };
  return { app, clock, tenant, agent, body, openCase, countCases };
}

describe('Idempotency-Key on creating POSTs (issue 13 item 7)', () => {
  it('a retry with the same key gets the first answer (status and body) and writes nothing', async () => {
    const { agent, openCase, countCases } = await setUp();
    const first = await openCase(agent, 'retry-1');
    expect(first.statusCode, first.body).toBe(201);
    const again = await openCase(agent, 'retry-1');
    expect(again.statusCode).toBe(201);
    expect(again.body).toBe(first.body);
    expect(again.headers['idempotency-replayed']).toBe('true');
    expect(first.headers['idempotency-replayed']).toBeUndefined();
    expect(await countCases()).toBe(1);

    const caseId = first.json().id as string;
    const comment = (key: string) =>
      agent.request(
        'POST',
        `/api/v1/cases/${caseId}/comments`,
        { body: 'Looking at it' },
        { 'idempotency-key': key },
      );
    const firstComment = await comment('comment-1');
    expect(firstComment.statusCode, firstComment.body).toBe(201);
    expect((await comment('comment-1')).body).toBe(firstComment.body);
    const comments = await agent.get(`/api/v1/cases/${caseId}/comments`);
    expect(
      (comments.json().items as Array<{ body: string }>).filter((item) => item.body === 'Looking at it'),
    ).toHaveLength(1);
  }, 120_000); // the first test of the file also pays for the database set-up

  it('the same key with a different body is refused with 422 idempotency.key_reused and writes nothing', async () => {
    const { agent, body, openCase, countCases } = await setUp();
    expect((await openCase(agent, 'reuse-1')).statusCode).toBe(201);
    const reused = await openCase(agent, 'reuse-1', { severity: 'P2' });
    expect(reused.statusCode).toBe(422);
    expect(reused.json().error).toMatchObject({
      code: 'idempotency.key_reused',
      details: [{ field: 'Idempotency-Key' }],
    });
    expect(await countCases()).toBe(1);
    // Field order is no difference: the same fields in another order replay.
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    const replay = await agent.request('POST', '/api/v1/cases', reordered, { 'idempotency-key': 'reuse-1' });
    expect(replay.headers['idempotency-replayed']).toBe('true');
    expect(await countCases()).toBe(1);
  });

  it('parallel identical requests create exactly one case and all answer with it', async () => {
    const { agent, openCase, countCases } = await setUp();
    const responses = await Promise.all(Array.from({ length: 8 }, () => openCase(agent, 'parallel-1')));
    const created = responses.filter((response) => response.statusCode === 201);
    for (const response of responses) {
      if (response.statusCode !== 201) expect(response.json().error.code).toBe('idempotency.in_progress');
    }
    expect(created.length).toBeGreaterThan(0);
    expect(new Set(created.map((response) => response.json().id)).size).toBe(1);
    expect(await countCases()).toBe(1);
  });

  it('keys are per tenant and per caller: another tenant runs its own; another user of the tenant is refused', async () => {
    const { app, tenant, agent, openCase, countCases } = await setUp();
    expect((await openCase(agent, 'shared-1')).statusCode).toBe(201);
    const manager = await loginAs(app, tenant.users.support_manager);
    expect((await openCase(manager, 'shared-1')).statusCode).toBe(422);

    const other = await createTestTenant();
    await addContract(other.system, other.accountId, { packId: 'imprivata-onesign', plan: 'standard' });
    const otherAgent = await loginAs(app, other.users.agent);
    const created = await openCase(otherAgent, 'shared-1', { accountId: other.accountId });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.headers['idempotency-replayed']).toBeUndefined();
    expect(await countCases()).toBe(1);
    expect(await countCases(other.tenant.id)).toBe(1);
  });

  it('a key is remembered for 24 hours, then it may be used again', async () => {
    const { clock, agent, openCase, countCases } = await setUp();
    expect((await openCase(agent, 'day-1')).statusCode).toBe(201);
    clock.advance(24 * 3_600_000 - 1000);
    expect((await openCase(agent, 'day-1')).headers['idempotency-replayed']).toBe('true');
    expect(await countCases()).toBe(1);
    clock.advance(2000);
    const fresh = await openCase(agent, 'day-1', { severity: 'P2' });
    expect(fresh.statusCode, fresh.body).toBe(201);
    expect(fresh.headers['idempotency-replayed']).toBeUndefined();
    expect(await countCases()).toBe(2);
  });

  it('a request refused before it ran does not use the key; a malformed key is a 400 naming the header', async () => {
    const { agent, openCase, countCases } = await setUp();
    const invalid = await openCase(agent, 'early-1', { severity: 42 });
    expect(invalid.statusCode).toBe(400);
    const valid = await openCase(agent, 'early-1');
    expect(valid.statusCode, valid.body).toBe(201);
    expect(valid.headers['idempotency-replayed']).toBeUndefined();
    const malformed = await openCase(agent, 'has space');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error).toMatchObject({
      code: 'idempotency.invalid_key',
      details: [{ field: 'Idempotency-Key' }],
    });
    expect(await countCases()).toBe(1);
  });
});
