import { describe, expect, it } from 'vitest';
import { loginAs } from '../helpers/index.js';
import { setupCatalogue } from './release-fixtures.js';

type TView = {
  id: string;
  version: string;
  status: string;
  gaDate: string | null;
  support: { status: string; supportedUntil: string | null; reason: string; code: string | null } | null;
};

async function listVersions(app: Awaited<ReturnType<typeof setupCatalogue>>['app'], user: never) {
  const client = await loginAs(app, user);
  const res = await client.get('/api/v1/releases');
  expect(res.statusCode).toBe(200);
  return new Map((res.json().items as TView[]).map((item) => [item.version, item]));
}

describe('release catalogue (H3, IMP-14)', () => {
  it('publishing sets the GA date to the day it shipped; support is computed from the pack rule on read', async () => {
    const { app, clock, tenant, product } = await setupCatalogue({ start: new Date('2026-08-31T12:00:00Z') });
    const manager = await loginAs(app, tenant.users.support_manager);
    const planned = await manager.post('/api/v1/releases', {
      version: '7.4',
      productId: product.id,
      gaDate: '2027-03-01',
    });
    expect(planned.statusCode).toBe(201);
    expect(planned.json()).toMatchObject({ status: 'planned', gaDate: '2027-03-01', support: null });

    // 2026-08-31: 7.1 is two behind, but less than 12 months past its end of shipping (7.2's GA 2025-09-01).
    let versions = await listVersions(app, tenant.users.agent as never);
    expect(versions.get('7.3')?.support).toMatchObject({ status: 'supported', supportedUntil: null });
    expect(versions.get('7.2')?.support).toMatchObject({ status: 'supported', supportedUntil: null });
    expect(versions.get('7.1')?.support).toMatchObject({ status: 'supported', supportedUntil: '2026-08-31' });
    expect(versions.get('7.1')?.gaDate).toBe('2025-01-10');
    expect(versions.get('7.4')?.support).toBeNull();

    // The next day it is unsupported, with the rule and an upgrade recommendation.
    clock.set(new Date('2026-09-01T12:00:00Z'));
    versions = await listVersions(app, tenant.users.agent as never);
    expect(versions.get('7.1')?.support).toMatchObject({
      status: 'unsupported',
      supportedUntil: '2026-08-31',
      code: 'release.version_unsupported',
    });
    expect(versions.get('7.1')?.support?.reason).toMatch(/Upgrade to 7\.3/);
  }, 120_000);

  it('publishing a planned release early makes its GA the publication day, and the rule moves with it', async () => {
    const { app, clock, tenant, product } = await setupCatalogue({ start: new Date('2026-12-02T14:00:00Z') });
    const manager = await loginAs(app, tenant.users.support_manager);
    const planned = (
      await manager.post('/api/v1/releases', { version: '7.4', productId: product.id, gaDate: '2027-03-01' })
    ).json();
    const published = await manager.post(`/api/v1/releases/${planned.id}/publish`);
    expect(published.json().release).toMatchObject({
      gaDate: '2026-12-02',
      support: { status: 'supported' },
    });
    // 7.2 is now two behind: its N-1 window ended the day before 7.4 shipped; 12 months past 7.3's GA still hold.
    clock.set(new Date('2027-03-01T12:00:00Z'));
    const versions = await listVersions(app, tenant.users.agent as never);
    expect(versions.get('7.2')?.support).toMatchObject({
      status: 'unsupported',
      supportedUntil: '2027-02-28',
    });
  });

  it('refuses an impossible GA date naming the field, and customers may not create releases', async () => {
    const { app, tenant, product } = await setupCatalogue();
    const manager = await loginAs(app, tenant.users.support_manager);
    const bad = await manager.post('/api/v1/releases', {
      version: '8.0',
      productId: product.id,
      gaDate: '2027-02-30',
    });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json().error)).toContain('gaDate');
    const customer = await loginAs(app, tenant.users.customer_admin);
    expect((await customer.post('/api/v1/releases', { version: '8.0' })).statusCode).toBe(403);
  });
});
