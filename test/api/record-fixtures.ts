import { contractResource } from '../../src/commands/contracts/contract-resource.js';
import { createRecord } from '../../src/commands/records/create-record.js';
import { accountResource } from '../../src/commands/records/vendor-resources.js';
import type { TDb } from '../../src/db/schema.js';
import type { TAccountRegion } from '../../src/db/schema-records.js';
import type { TActor } from '../../src/policies/actor.js';
import { getTestDatabase, testNow } from '../helpers/index.js';

/** A contract for an account (Imprivata Premium by default), written through the real command. */
export async function addContract(
  actor: TActor,
  accountId: string,
  options: { packId?: string; plan?: string; status?: 'active' | 'lapsed'; reference?: string } = {},
  db?: TDb,
) {
  return createRecord(
    { db: db ?? (await getTestDatabase()) },
    actor,
    contractResource,
    {
      reference: options.reference ?? `C-${Math.random().toString(36).slice(2, 10)}`,
      account_id: accountId,
      pack_id: options.packId ?? 'imprivata-onesign',
      plan: options.plan ?? 'premium',
      channel: 'direct',
      term_start: '2026-01-01',
      term_end: '2026-12-31',
      status: options.status ?? 'active',
      licences: 100,
    },
    new Date('2026-01-01T00:00:00Z'),
  );
}

export async function addAccount(actor: TActor, name: string, region: TAccountRegion, db?: TDb) {
  return createRecord(
    { db: db ?? (await getTestDatabase()) },
    actor,
    accountResource,
    { name, region },
    testNow(),
  );
}

export const ivantiDetails = {
  example: 'Console login fails',
  context: 'After upgrade to 2024.3',
  systemConfiguration: 'Windows Server 2022, 2 nodes',
  reproductionSteps: 'Open console, sign in',
};
