import { describe, expect, it } from 'vitest';
import { loginAs } from '../helpers/index.js';
import { setupCatalogue } from './release-fixtures.js';

describe('case intake records the customer version (H3, IMP-14)', () => {
  it('an unsupported version is accepted and flagged with the rule and an upgrade recommendation', async () => {
    const { app, tenant, product } = await setupCatalogue({ start: new Date('2026-12-02T14:00:00Z') });
    const customer = await loginAs(app, tenant.users.customer_contact);
    const body = { title: 'SSO prompt loops', description: 'Ward 3', severity: 'P2', productId: product.id };
    const old = await customer.post('/api/v1/cases', { ...body, productVersion: '7.1' });
    expect(old.statusCode).toBe(201);
    expect(old.json()).toMatchObject({
      productVersion: '7.1',
      versionSupport: {
        status: 'unsupported',
        supportedUntil: '2026-08-31',
        code: 'release.version_unsupported',
      },
    });
    expect(old.json().versionSupport.reason).toMatch(/Upgrade to 7\.3/);
    expect(old.json().versionSupport.reason).not.toMatch(/IMP-|H3/);

    const current = await customer.post('/api/v1/cases', { ...body, productVersion: '7.2' });
    expect(current.json().versionSupport).toMatchObject({ status: 'supported', code: null });

    // The agent sees the flag on the case as stored at intake.
    const agent = await loginAs(app, tenant.users.agent);
    const seen = await agent.get(`/api/v1/cases/${old.json().id}`);
    expect(seen.json().versionSupport.status).toBe('unsupported');

    const none = await customer.post('/api/v1/cases', body);
    expect(none.json()).toMatchObject({ productVersion: null, versionSupport: null });
  }, 120_000);
});
