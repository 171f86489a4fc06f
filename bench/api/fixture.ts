import { apiTokenPrefix } from '../../src/commands/auth/authenticate-api-token.js';
import { issueOpaqueToken } from '../../src/commands/auth/opaque-token.js';
import { createTenant } from '../../src/commands/tenants/create-tenant.js';
import { newId } from '../../src/db/new-id.js';
import type { TDb } from '../../src/db/schema.js';
import type { TAccountRegion } from '../../src/db/schema-records.js';
import { centreForRegion } from '../../src/domain/packs/centre-for-region.js';
import { getBuiltInPack } from '../../src/domain/packs/registry.js';
import { insertApiToken } from '../../src/repositories/api-token-repository.js';
import { insertUser } from '../../src/repositories/user-repository.js';

export type TBenchContract = {
  accountId: string;
  contractId: string;
  packId: string;
  plan: string;
  centre: string;
  severities: string[];
};

export type TBenchFixture = {
  tenantId: string;
  agentId: string;
  /** Agents cases get assigned to in the 1M-case queue (the bench agent is the first). */
  assigneeIds: string[];
  contracts: TBenchContract[];
  token: string;
};

const regions: TAccountRegion[] = ['americas', 'emea', 'apac'];
const packs = ['imprivata-onesign', 'ivanti'] as const;
const accountsPerRegion = 4;
const assignees = 20;

/**
 * The bench tenant: a vendor agent with an API token (cases:read, cases:write), 19 more agents, and
 * 12 accounts (4 per region), each with one active contract on each built-in pack, plans rotating
 * through every plan of the pack; every other account has a named 24×7 contact.
 */
export async function createBenchFixture(db: TDb, now: Date): Promise<TBenchFixture> {
  const { tenant } = await createTenant(
    { db },
    { slug: `bench-${now.getTime().toString(36)}`, name: 'Bench' },
    now,
  );
  const assigneeIds: string[] = [];
  for (let index = 0; index < assignees; index++) {
    const user = await insertUser(db, {
      tenant_id: tenant.id,
      id: newId(now.getTime()),
      email: `agent-${index}@bench.test`,
      name: `Agent ${index}`,
      password_hash: null,
      role: 'agent',
      account_id: null,
      created_at: now,
      updated_at: now,
    });
    assigneeIds.push(user.id);
  }
  const agentId = assigneeIds[0]!;
  const { token, tokenHash } = issueOpaqueToken(tenant.id, apiTokenPrefix);
  await insertApiToken(db, {
    tenantId: tenant.id,
    id: newId(now.getTime()),
    userId: agentId,
    name: 'bench',
    tokenHash,
    tokenPrefix: token.slice(0, apiTokenPrefix.length + 6),
    scopes: ['cases:read', 'cases:write'],
    expiresAt: null,
  });

  const contracts: TBenchContract[] = [];
  let serial = 0;
  for (const region of regions) {
    for (let index = 0; index < accountsPerRegion; index++, serial++) {
      const accountId = newId(now.getTime());
      await db
        .insertInto('accounts')
        .values({ tenant_id: tenant.id, id: accountId, name: `Account ${region} ${index}`, region })
        .execute();
      if (serial % 2 === 0) {
        await db
          .insertInto('contacts')
          .values({
            tenant_id: tenant.id,
            id: newId(now.getTime()),
            account_id: accountId,
            name: 'On call',
            email: `oncall-${serial}@bench.test`,
            is_24x7_contact: true,
          })
          .execute();
      }
      for (const packId of packs) {
        const policy = getBuiltInPack(packId);
        const plans = policy.plans.map((plan) => plan.id);
        const plan = plans[serial % plans.length]!;
        const contractId = newId(now.getTime());
        await db
          .insertInto('contracts')
          .values({
            tenant_id: tenant.id,
            id: contractId,
            reference: `BENCH-${serial}-${packId}`,
            account_id: accountId,
            product_id: null,
            pack_id: packId,
            pack_version: policy.version,
            plan,
            channel: 'direct',
            term_start: '2020-01-01',
            term_end: '2099-12-31',
            status: 'active',
          })
          .execute();
        contracts.push({
          accountId,
          contractId,
          packId,
          plan,
          centre: centreForRegion(policy, region),
          severities: policy.severities.map((severity) => severity.id),
        });
      }
    }
  }
  return { tenantId: tenant.id, agentId, assigneeIds, contracts, token };
}

/** Migrates the bench database at `url` and creates the bench tenant in it. */
export async function prepareBenchFixture(url: string, now: Date): Promise<TBenchFixture> {
  const { createDatabase } = await import('../../src/db/create-database.js');
  const { migrateToLatest } = await import('../../src/db/migrate.js');
  const handle = await createDatabase({ DATABASE_URL: url, AFTERCARE_DATA_DIR: '' });
  try {
    await migrateToLatest(handle.db);
    return await createBenchFixture(handle.db, now);
  } finally {
    await handle.close();
  }
}
