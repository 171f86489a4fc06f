import type { TDb } from '../../db/schema.js';
import type { TActor } from '../../policies/actor.js';
import { lockAccountRow } from '../../repositories/account-lock-repository.js';
import { recordAudit } from '../../repositories/audit-repository.js';
import { findCasePack } from '../packs/find-pack-version.js';

/**
 * The named-contact limit of an account (IMP-42): the most generous `named_contacts` of the plans of
 * its active contracts; null = no limit (a plan without one, or no active contract to take it from).
 */
export async function findContactLimit(
  trx: TDb,
  tenantId: string,
  accountId: string,
): Promise<number | null> {
  const contracts = await trx
    .selectFrom('contracts')
    .select(['pack_id', 'pack_version', 'plan'])
    .where('tenant_id', '=', tenantId)
    .where('account_id', '=', accountId)
    .where('status', '=', 'active')
    .execute();
  if (contracts.length === 0) return null;
  let limit = 0;
  for (const contract of contracts) {
    const pack = await findCasePack(trx, tenantId, contract);
    const plan = pack.plans.find((candidate) => candidate.id === contract.plan);
    const allowed = plan?.named_contacts ?? null;
    if (allowed === null) return null;
    limit = Math.max(limit, allowed);
  }
  return limit;
}

/** Contacts of the account that count against the limit (not read-only), oldest first. */
export async function listActiveContactIds(trx: TDb, tenantId: string, accountId: string): Promise<string[]> {
  const rows = await trx
    .selectFrom('contacts')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('account_id', '=', accountId)
    .where('read_only', '=', false)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((row) => row.id);
}

/**
 * K8: after a downgrade, the contacts beyond the plan's limit become read-only (newest first); nothing
 * is deleted, and the customer admin can later choose which ones stay active. Audited per contact.
 */
export async function enforceContactLimit(
  trx: TDb,
  actor: TActor,
  accountId: string,
  now: Date,
): Promise<string[]> {
  await lockAccountRow(trx, actor.tenantId, accountId);
  const limit = await findContactLimit(trx, actor.tenantId, accountId);
  if (limit === null) return [];
  const beyond = (await listActiveContactIds(trx, actor.tenantId, accountId)).slice(limit);
  if (beyond.length === 0) return [];
  await trx
    .updateTable('contacts')
    .set({ read_only: true, updated_at: now })
    .where('tenant_id', '=', actor.tenantId)
    .where('id', 'in', beyond)
    .execute();
  for (const id of beyond) {
    await recordAudit(trx, {
      actor,
      action: 'contact.made_read_only',
      entityType: 'contact',
      entityId: id,
      before: { readOnly: false },
      after: { readOnly: true, reason: `over the plan's limit of ${limit} named contacts` },
      at: now,
    });
  }
  return beyond;
}
