import { describe, expect, it } from 'vitest';
import { sendReleaseNotices } from '../../src/commands/releases/send-release-notices.js';
import { withTransaction } from '../../src/db/with-transaction.js';
import { findRelease } from '../../src/repositories/release-repository.js';
import { addContract } from '../api/record-fixtures.js';
import { getTestDatabase, loginAs, testNow } from '../helpers/index.js';
import { setupCatalogue } from './release-fixtures.js';

async function events(tenantId: string) {
  const db = await getTestDatabase();
  const rows = await db
    .selectFrom('outbox_events')
    .select(['type', 'payload'])
    .where('tenant_id', '=', tenantId)
    .where('type', 'in', ['release.notice_sent', 'release.discussion_requested'])
    .execute();
  return rows.map((row) => {
    const payload = row.payload as {
      data: { accountId: string };
      email: { recipients: { email: string }[] } | null;
    };
    return {
      type: row.type,
      accountId: payload.data.accountId,
      to: payload.email?.recipients.map((r) => r.email) ?? [],
    };
  });
}

describe('release notices per plan (IVA-17)', () => {
  it('Enterprise gets a notice, Premium a notice and an engineer task, Standard the portal only — each sent once', async () => {
    const { app, tenant, product } = await setupCatalogue({ packId: 'ivanti', plan: 'enterprise' });
    const db = await getTestDatabase();
    const premium = await tenant.addAccount('Premium customer');
    const standard = await tenant.addAccount('Standard customer');
    await addContract(tenant.system, premium, { packId: 'ivanti', plan: 'premium' });
    await addContract(tenant.system, standard, { packId: 'ivanti', plan: 'standard' });
    await db
      .updateTable('accounts')
      .set({ assigned_engineer_id: tenant.users.agent.id })
      .where('tenant_id', '=', tenant.tenant.id)
      .where('id', '=', premium)
      .execute();

    const manager = await loginAs(app, tenant.users.support_manager);
    const release = (
      await manager.post('/api/v1/releases', { version: '7.4', productId: product.id })
    ).json();
    expect((await manager.post(`/api/v1/releases/${release.id}/publish`)).statusCode).toBe(200);
    const sent = await events(tenant.tenant.id);
    expect(
      sent
        .filter((e) => e.type === 'release.notice_sent')
        .map((e) => e.accountId)
        .sort(),
    ).toEqual([tenant.accountId, premium].sort());
    expect(sent.filter((e) => e.type === 'release.discussion_requested')).toEqual([
      { type: 'release.discussion_requested', accountId: premium, to: [tenant.users.agent.email] },
    ]);
    expect(sent.some((e) => e.accountId === standard)).toBe(false);
    expect(sent.find((e) => e.accountId === tenant.accountId)?.to).toContain(
      tenant.users.customer_contact.email,
    );

    // Publishing again, or running the notices again, sends nothing more.
    await manager.post(`/api/v1/releases/${release.id}/publish`);
    const row = await findRelease(db, tenant.tenant.id, release.id);
    const again = await withTransaction(db, (trx) => sendReleaseNotices(trx, row as never, testNow()));
    expect(again).toBe(0);
    expect(await events(tenant.tenant.id)).toHaveLength(3);
  }, 120_000);

  it('Imprivata (no release-notification rule): publication sends no plan notices', async () => {
    const { app, tenant, product } = await setupCatalogue({ plan: 'premium' });
    const manager = await loginAs(app, tenant.users.support_manager);
    const release = (
      await manager.post('/api/v1/releases', { version: '7.4', productId: product.id })
    ).json();
    await manager.post(`/api/v1/releases/${release.id}/publish`);
    expect(await events(tenant.tenant.id)).toEqual([]);
  });
});
