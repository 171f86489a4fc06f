import { newId } from '../../db/new-id.js';
import type { TDb, TTenantRow, TUserRow } from '../../db/schema.js';
import { withTransaction } from '../../db/with-transaction.js';
import { AppError } from '../../lib/app-error.js';
import { recordAudit } from '../../repositories/audit-repository.js';
import { findTenantBySlug, insertTenant } from '../../repositories/tenant-repository.js';
import { createUser } from '../users/create-user.js';

export type TCreateTenantInput = {
  slug: string;
  name: string;
  /** The first vendor admin (optional: tests and the demo seed may add users themselves). */
  admin?: { email: string; name: string; password: string };
};

/** Creates a tenant (and its first vendor admin) in one transaction. Slugs are unique. */
export async function createTenant(
  deps: { db: TDb },
  input: TCreateTenantInput,
  now: Date,
): Promise<{ tenant: TTenantRow; admin: TUserRow | null }> {
  if (!/^[a-z0-9][a-z0-9-]{0,62}$/.test(input.slug)) {
    throw new AppError('tenant.invalid_slug', 'Slugs are lowercase letters, digits and dashes', [
      { field: 'slug', message: 'lowercase letters, digits and dashes, at most 63' },
    ]);
  }
  return withTransaction(deps.db, async (trx) => {
    if (await findTenantBySlug(trx, input.slug)) {
      throw new AppError('tenant.already_exists', `Tenant '${input.slug}' already exists`);
    }
    const tenant = await insertTenant(trx, { id: newId(now.getTime()), slug: input.slug, name: input.name });
    const system = { kind: 'system' as const, tenantId: tenant.id, name: 'create-tenant' };
    await recordAudit(trx, {
      actor: system,
      action: 'tenant.created',
      entityType: 'tenant',
      entityId: tenant.id,
      after: { slug: tenant.slug, name: tenant.name },
      at: now,
    });
    const admin = input.admin
      ? await createUser(
          { db: trx },
          system,
          { ...input.admin, role: 'vendor_admin', accountId: null, password: input.admin.password },
          now,
        )
      : null;
    return { tenant, admin };
  });
}
