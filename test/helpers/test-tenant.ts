import { randomBytes } from 'node:crypto';
import { hashPassword } from '../../src/commands/auth/password.js';
import { createTenant } from '../../src/commands/tenants/create-tenant.js';
import { newId } from '../../src/db/new-id.js';
import { type TDb, type TTenantRow, type TUserRole, type TUserRow, userRoles } from '../../src/db/schema.js';
import type { TActor } from '../../src/policies/actor.js';
import { insertUser } from '../../src/repositories/user-repository.js';
import { testNow } from './test-clock.js';
import { getTestDatabase } from './test-database.js';

export type TTestUser = TUserRow & { password: string; tenantSlug: string };

export type TTestTenant = {
  tenant: TTenantRow;
  /** The account the customer users belong to. */
  accountId: string;
  /** One user per role, all with `testPassword`. */
  users: Record<TUserRole, TTestUser>;
  /** A system actor of this tenant, for calling commands directly. */
  system: TActor;
  /** Adds one more user (e.g. a customer of another account). */
  addUser: (input: { role: TUserRole; accountId?: string | null; email?: string }) => Promise<TTestUser>;
  /** Adds another account (region americas) to the tenant; returns its id. */
  addAccount: (name?: string) => Promise<string>;
};

export const testPassword = 'correct horse battery staple';
let testPasswordHash: Promise<string> | undefined;

/**
 * A fresh tenant with a user of every role. Every test makes its own, so tests never see each
 * other's data and nothing is truncated. The password is hashed once per file (argon2 is slow on purpose).
 * `accountId` is a real account (region americas) the customer users belong to.
 */
export async function createTestTenant(db?: TDb, now: Date = testNow()): Promise<TTestTenant> {
  const database = db ?? (await getTestDatabase());
  const suffix = randomBytes(5).toString('hex');
  const { tenant } = await createTenant(
    { db: database },
    { slug: `test-${suffix}`, name: `Test ${suffix}` },
    now,
  );
  testPasswordHash ??= hashPassword(testPassword);
  const passwordHash = await testPasswordHash;
  const addAccount: TTestTenant['addAccount'] = async (name) => {
    const id = newId(now.getTime());
    await database
      .insertInto('accounts')
      .values({ tenant_id: tenant.id, id, name: name ?? `Account ${id.slice(-8)}`, region: 'americas' })
      .execute();
    return id;
  };
  const accountId = await addAccount(`Account ${suffix}`);

  const addUser: TTestTenant['addUser'] = async (input) => {
    const id = newId(now.getTime());
    const isCustomer = input.role === 'customer_admin' || input.role === 'customer_contact';
    const row = await insertUser(database, {
      tenant_id: tenant.id,
      id,
      email: input.email ?? `${input.role.replace('_', '-')}-${id.slice(-8)}@${tenant.slug}.test`,
      name: `${input.role} ${id.slice(-4)}`,
      password_hash: passwordHash,
      role: input.role,
      account_id: isCustomer ? (input.accountId ?? accountId) : null,
      created_at: now,
      updated_at: now,
    });
    return { ...row, password: testPassword, tenantSlug: tenant.slug };
  };

  const users = {} as Record<TUserRole, TTestUser>;
  for (const role of userRoles) users[role] = await addUser({ role });
  return {
    tenant,
    accountId,
    users,
    system: { kind: 'system', tenantId: tenant.id, name: 'test' },
    addUser,
    addAccount,
  };
}
