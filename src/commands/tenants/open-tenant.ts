import { randomBytes } from 'node:crypto';
import type { TDb, TTenantRow, TUserRow } from '../../db/schema.js';
import { createTenant } from './create-tenant.js';

export type TOpenTenantInput = { slug: string; name: string; adminEmail: string; adminName?: string };

export type TOpenedTenant = {
  tenant: TTenantRow;
  admin: TUserRow;
  /** The admin's first password: shown once to the operator, stored only as a hash. */
  initialPassword: string;
};

/**
 * Starts a real vendor without demo data (DESIGN.md §6): the tenant and its first vendor admin, whose
 * random initial password is returned once (`aftercare tenant create`, POST /api/v1/operator/tenants).
 */
export async function openTenant(
  deps: { db: TDb },
  input: TOpenTenantInput,
  now: Date,
): Promise<TOpenedTenant> {
  const initialPassword = randomBytes(18).toString('base64url');
  const { tenant, admin } = await createTenant(
    deps,
    {
      slug: input.slug,
      name: input.name,
      admin: {
        email: input.adminEmail,
        name: input.adminName ?? input.adminEmail.split('@')[0] ?? 'Administrator',
        password: initialPassword,
      },
    },
    now,
  );
  if (!admin) throw new Error('createTenant returned no admin');
  return { tenant, admin, initialPassword };
}
