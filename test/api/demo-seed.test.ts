import { describe, expect, it } from 'vitest';
import type { TDb } from '../../src/db/schema.js';
import { demoCases, demoPassword } from '../../src/demo/demo-data.js';
import { seedDemo } from '../../src/demo/seed-demo.js';
import { historyCount } from '../../src/demo/seed-demo-history.js';
import { seedDemoIfEmpty } from '../../src/demo/seed-demo-if-empty.js';
import { demoAseAccount, demoPinAccount, demoPremiumPin } from '../../src/demo/seed-demo-phone.js';
import {
  createPrivatePGliteDatabase,
  createTestApp,
  getTestDatabase,
  loginAs,
  testNow,
  uniqueSuffix,
} from '../helpers/index.js';

const tables = [
  'users',
  'accounts',
  'sites',
  'products',
  'contracts',
  'contacts',
  'appliances',
  'cases',
  'case_milestones',
  'case_comments',
  'audit_log',
] as const;

async function countRows(db: TDb, tenantId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('tenant_id', '=', tenantId)
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.count);
  }
  return counts;
}

describe('demo seed', () => {
  it('creates the demo tenant once; running it again changes nothing', async () => {
    const db = await getTestDatabase();
    const demo = { slug: `demo-seed-${uniqueSuffix()}`, name: 'Demo seed test' };
    const first = await seedDemo({ db }, new Date('2026-03-04T15:00:00Z'), demo);
    expect(first.created).toBeGreaterThan(30);
    const before = await countRows(db, first.tenantId);
    expect(before.cases).toBe(demoCases.length + historyCount);
    expect(before.accounts).toBe(4);
    const second = await seedDemo({ db }, new Date('2026-03-05T15:00:00Z'), demo);
    expect(second).toEqual({ tenantId: first.tenantId, created: 0 });
    expect(await countRows(db, first.tenantId)).toEqual(before);

    const app = await createTestApp();
    const agent = await loginAs(app, {
      tenantSlug: demo.slug,
      email: 'agent@demo.test',
      password: demoPassword,
    });
    const northwind = (await agent.get('/api/v1/accounts?limit=100')).json().items as {
      id: string;
      name: string;
      assignedEngineerId: string | null;
    }[];
    const pinAccount = northwind.find((account) => account.name === demoPinAccount);
    const verified = await agent.post('/api/v1/phone-intake/verify', {
      accountId: pinAccount?.id,
      pin: demoPremiumPin,
    });
    expect(verified.statusCode).toBe(200);
    const aseAccount = northwind.find((account) => account.name === demoAseAccount);
    expect(aseAccount?.assignedEngineerId).toBe(
      (
        await db
          .selectFrom('users')
          .select('id')
          .where('tenant_id', '=', first.tenantId)
          .where('email', '=', 'ase@demo.test')
          .executeTakeFirst()
      )?.id,
    );
    const queue = (await agent.get('/api/v1/cases?status=open&limit=100')).json();
    expect(queue.items.length).toBeGreaterThan(5);
    const dues = queue.items.map((item: { nextDueAt: string | null }) => item.nextDueAt).filter(Boolean);
    expect(dues).toEqual([...dues].sort());
    const customer = await loginAs(app, {
      tenantSlug: demo.slug,
      email: 'harbour-admin@demo.test',
      password: demoPassword,
    });
    const own = (await customer.get('/api/v1/cases?limit=100')).json();
    expect(new Set(own.items.map((item: { centre: string }) => item.centre))).toEqual(new Set(['apac']));
    const report = (await agent.get('/api/v1/reports/sla?from=2025-12-01&to=2026-03-05&bucket=month')).json();
    const decided = (row: { met: number; breached: number }) => row.met + row.breached;
    const totals = report.attainment.reduce(
      (sum: { met: number; breached: number }, row: { met: number; breached: number }) => ({
        met: sum.met + row.met,
        breached: sum.breached + row.breached,
      }),
      { met: 0, breached: 0 },
    );
    // The history answers most cases in time and some late: the reports have both to show.
    expect(decided(totals)).toBeGreaterThan(historyCount);
    expect(totals.met).toBeGreaterThan(totals.breached);
    expect(totals.breached).toBeGreaterThan(0);
    // Contracts show their commercial record: an overdue invoice, a disputed change, priced quotes.
    const invoices = await db
      .selectFrom('contract_invoices')
      .select('number')
      .where('tenant_id', '=', first.tenantId)
      .execute();
    expect(invoices.map((row) => row.number).sort()).toEqual(['DEMO-INV-1001', 'DEMO-INV-2001']);
  }, 120_000); // the first test of the file also pays for the database set-up

  it('npm start seeds only an empty database', async () => {
    const handle = await createPrivatePGliteDatabase();
    try {
      const logins = await seedDemoIfEmpty(handle.db, new Date('2026-03-04T15:00:00Z'));
      expect(logins.join('\n')).toContain('admin@demo.test');
      const tenants = await handle.db.selectFrom('tenants').select('slug').execute();
      expect(tenants).toEqual([{ slug: 'demo' }]);
      await seedDemoIfEmpty(handle.db, testNow());
      expect(await handle.db.selectFrom('cases').select('id').execute()).toHaveLength(
        demoCases.length + historyCount,
      );
    } finally {
      await handle.close();
    }
  });
});
