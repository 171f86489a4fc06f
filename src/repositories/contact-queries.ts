import { type RawBuilder, sql } from 'kysely';

/**
 * Whether the account in `accountRef` (with its tenant in `tenantRef`, e.g. `'a.tenant_id'`,
 * `'a.id'`) has a named contact reachable 24x7 (C5): a correlated EXISTS for a select list.
 */
export function has24x7Contact(tenantRef: string, accountRef: string): RawBuilder<boolean> {
  return sql<boolean>`exists (select 1 from contacts as k24 where k24.tenant_id = ${sql.ref(tenantRef)} and k24.account_id = ${sql.ref(accountRef)} and k24.is_24x7_contact)`;
}
