import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { getTestDatabase } from '../../test/helpers/test-database.js';
import { migrateToLatest } from './migrate.js';
import { migrations } from './migrations/index.js';
import { newId } from './new-id.js';

describe('migrations', () => {
  it('are idempotent: running them again on a migrated database applies nothing', async () => {
    const db = await getTestDatabase();
    expect(await migrateToLatest(db)).toEqual({ applied: [] });
    const names = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
    expect(names.rows.map((row) => row.name)).toEqual(Object.keys(migrations).sort());
  });

  it('name every migration YYYYMMDDHHMMSS-kebab-case', () => {
    for (const name of Object.keys(migrations)) expect(name).toMatch(/^\d{14}-[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('keep the audit log append-only', async () => {
    const db = await getTestDatabase();
    const tenantId = newId();
    await db
      .insertInto('tenants')
      .values({ id: tenantId, slug: `t-${tenantId.slice(-12)}`, name: 'T' })
      .execute();
    const id = newId();
    await db
      .insertInto('audit_log')
      .values({
        tenant_id: tenantId,
        id,
        at: new Date('2026-12-02T15:00:00Z'),
        actor: 'system:test',
        action: 'test',
        entity_type: 'tenant',
        entity_id: tenantId,
        before: null,
        after: JSON.stringify({ ok: true }),
      })
      .execute();
    await expect(db.deleteFrom('audit_log').where('id', '=', id).execute()).rejects.toThrow(/append-only/);
    await expect(
      db.updateTable('audit_log').set({ action: 'changed' }).where('id', '=', id).execute(),
    ).rejects.toThrow(/append-only/);
  });

  it('generate sortable UUIDv7 ids', () => {
    const earlier = newId(1_700_000_000_000);
    const later = newId(1_700_000_000_001);
    expect(earlier).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(earlier < later).toBe(true);
  });
});
