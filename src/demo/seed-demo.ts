import { actorForUser } from '../commands/auth/actor-for-user.js';
import { addCaseComment } from '../commands/cases/add-case-comment.js';
import { openCase } from '../commands/cases/open-case.js';
import { updateCaseCommand } from '../commands/cases/update-case.js';
import { contactResource } from '../commands/contacts/contact-resource.js';
import { contractResource } from '../commands/contracts/contract-resource.js';
import { createRecord } from '../commands/records/create-record.js';
import {
  accountResource,
  applianceResource,
  productResource,
  siteResource,
} from '../commands/records/vendor-resources.js';
import { createTenant } from '../commands/tenants/create-tenant.js';
import { createUser } from '../commands/users/create-user.js';
import type { TDb, TUserRow } from '../db/schema.js';
import type { TCaseStatus } from '../db/schema-records.js';
import type { TActor } from '../policies/actor.js';
import { findContractIdsByReference } from '../repositories/contract-facts-repository.js';
import { findTenantBySlug } from '../repositories/tenant-repository.js';
import { findUserByEmail } from '../repositories/user-repository.js';
import {
  demoAccounts,
  demoCases,
  demoIncidentDetails,
  demoPassword,
  demoProducts,
  demoTenant,
  demoUsers,
  type TDemoCase,
} from './demo-data.js';
import { seedDemoAppliances } from './seed-demo-appliances.js';
import { seedDemoCenter } from './seed-demo-center.js';
import { seedDemoContracts } from './seed-demo-contracts.js';
import { seedDemoHistory } from './seed-demo-history.js';
import { seedDemoPhone } from './seed-demo-phone.js';
import { seedDemoTraining } from './seed-demo-training.js';

export type TDemoSeedResult = { tenantId: string; created: number };

/**
 * Creates whatever is missing of the demo tenant (natural keys: tenant slug, user email, account,
 * product and site names, contract reference, contact email, appliance serial, case title per
 * account), through the same commands the API uses. Running it again creates nothing.
 */
export async function seedDemo(
  deps: { db: TDb },
  now: Date,
  demo: { slug: string; name: string } = demoTenant,
): Promise<TDemoSeedResult> {
  let created = 0;
  const make = <T>(write: () => Promise<T>): Promise<T> => {
    created++;
    return write();
  };
  const tenant =
    (await findTenantBySlug(deps.db, demo.slug)) ??
    (await make(() => createTenant(deps, { ...demo }, now))).tenant;
  const system: TActor = { kind: 'system', tenantId: tenant.id, name: 'demo-seed' };
  const db = deps.db;
  const find = async (table: 'accounts' | 'products', name: string) =>
    db
      .selectFrom(table)
      .select('id')
      .where('tenant_id', '=', tenant.id)
      .where('name', '=', name)
      .executeTakeFirst();
  const exists = async (
    table: 'sites' | 'contracts' | 'contacts' | 'appliances',
    column: string,
    value: string,
  ) =>
    (await db
      .selectFrom(table)
      .select('id')
      .where('tenant_id', '=', tenant.id)
      .where(column as 'id', '=', value)
      .executeTakeFirst()) !== undefined;

  const productIds = new Map<string, string>();
  for (const product of demoProducts) {
    const row =
      (await find('products', product.name)) ??
      (await make(() =>
        createRecord(
          deps,
          system,
          productResource,
          { name: product.name, pack_id: product.packId, kind: product.kind },
          now,
        ),
      ));
    productIds.set(product.name, row.id);
  }

  const accountIds = new Map<string, string>();
  for (const account of demoAccounts) {
    const row =
      (await find('accounts', account.name)) ??
      (await make(() =>
        createRecord(deps, system, accountResource, { name: account.name, region: account.region }, now),
      ));
    accountIds.set(account.name, row.id);
    const { contract } = account;
    if (!(await exists('contracts', 'reference', contract.reference))) {
      created++;
      await createRecord(
        deps,
        system,
        contractResource,
        {
          reference: contract.reference,
          account_id: row.id,
          product_id: productIds.get(contract.product) ?? null,
          pack_id: contract.packId,
          plan: contract.plan,
          channel: 'direct',
          term_start: contract.termStart,
          term_end: contract.termEnd,
          status: 'active',
          licences: 500,
          auto_renew: true,
        },
        now,
      );
    }
    const siteId =
      (
        await db
          .selectFrom('sites')
          .select('id')
          .where('tenant_id', '=', tenant.id)
          .where('account_id', '=', row.id)
          .where('name', '=', account.site.name)
          .executeTakeFirst()
      )?.id ??
      (
        await make(() =>
          createRecord(
            deps,
            system,
            siteResource,
            { account_id: row.id, name: account.site.name, country: account.site.country },
            now,
          ),
        )
      ).id;
    for (const contact of account.contacts) {
      if (await exists('contacts', 'email', contact.email)) continue;
      created++;
      await createRecord(
        deps,
        system,
        contactResource,
        {
          account_id: row.id,
          name: contact.name,
          email: contact.email,
          phone: contact.phone,
          is_24x7_contact: contact.is24x7 ?? false,
        },
        now,
      );
    }
    for (const appliance of account.appliances) {
      if (await exists('appliances', 'serial', appliance.serial)) continue;
      created++;
      await createRecord(
        deps,
        system,
        applianceResource,
        {
          account_id: row.id,
          product_id: productIds.get(account.contract.product) ?? null,
          site_id: siteId,
          serial: appliance.serial,
          model: appliance.model,
          ship_date: appliance.shipDate,
          warranty_end: appliance.warrantyEnd,
        },
        now,
      );
    }
  }

  const users = new Map<string, TUserRow>();
  for (const user of demoUsers) {
    let row = await findUserByEmail(db, tenant.id, user.email);
    if (!row) {
      created++;
      row = await createUser(
        deps,
        system,
        {
          email: user.email,
          name: user.name,
          role: user.role,
          accountId: user.account ? (accountIds.get(user.account) ?? null) : null,
          password: demoPassword,
        },
        now,
      );
    }
    users.set(user.email, row);
  }
  created += await seedDemoPhone(deps, system, accountIds, now);
  created += await seedDemoTraining(deps, system, accountIds, now);
  created += await seedDemoCenter(deps, system, accountIds, now);

  for (const demoCase of demoCases) {
    const accountId = accountIds.get(demoCase.account) as string;
    const existing = await db
      .selectFrom('cases')
      .select('id')
      .where('tenant_id', '=', tenant.id)
      .where('account_id', '=', accountId)
      .where('title', '=', demoCase.title)
      .executeTakeFirst();
    if (existing) continue;
    created++;
    await seedCase(deps, system, users, accountId, demoCase, now);
  }
  const agent = users.get('agent@demo.test');
  if (agent) created += await seedDemoHistory(deps, system, accountIds, agent, now);
  created += await seedDemoAppliances(deps, system, accountIds, now);
  created += await seedDemoContracts(deps, system, await findContractIdsByReference(db, tenant.id), now);
  return { tenantId: tenant.id, created };
}

const pathTo: Record<TCaseStatus, TCaseStatus[]> = {
  new: [],
  in_progress: ['in_progress'],
  waiting_on_customer: ['waiting_on_customer'],
  resolved: ['in_progress', 'resolved'],
  closed: ['in_progress', 'resolved', 'closed'],
};

async function seedCase(
  deps: { db: TDb },
  system: TActor,
  users: Map<string, TUserRow>,
  accountId: string,
  demoCase: TDemoCase,
  now: Date,
) {
  const opened = new Date(now.getTime() - demoCase.openedMinutesAgo * 60_000);
  const { case: row } = await openCase(
    deps,
    system,
    {
      accountId,
      title: demoCase.title,
      description: demoCase.description,
      severity: demoCase.severity,
      channel: demoCase.channel,
      details: demoIncidentDetails,
      pinVerified: demoCase.channel === 'phone',
    },
    opened,
  );
  const assignee = demoCase.assignee ? users.get(demoCase.assignee) : undefined;
  const worker: TActor = assignee ? actorForUser(assignee, { kind: 'session' }) : system;
  // Each step a quarter of the case's age later, so every event lies between opening and now.
  const step = Math.max(1, Math.floor((demoCase.openedMinutesAgo * 60_000) / 4));
  const at = (steps: number) => new Date(opened.getTime() + steps * step);
  if (assignee) await updateCaseCommand(deps, system, row.id, { assigneeId: assignee.id }, at(0.25));
  if (demoCase.reply) {
    await addCaseComment(deps, worker, row.id, { body: demoCase.reply, visibility: 'public' }, at(0.5));
  }
  for (const [index, status] of pathTo[demoCase.status].entries()) {
    await updateCaseCommand(deps, worker, row.id, { status }, at(1 + index));
  }
}
