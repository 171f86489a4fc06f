import { describe, expect, it } from 'vitest';
import { createTestApp, createTestTenant, loginAs } from '../helpers/index.js';

const body = {
  pack: 'imprivata-onesign',
  versions: [
    { version: '7.1', ga: '2024-09-01' },
    { version: '7.2', ga: '2025-06-01' },
    { version: '7.3', ga: '2026-03-01' },
  ],
  as_of: '2026-06-01',
};

describe('POST /api/v1/releases/status', () => {
  it('IMP-14 answers as the CLI does, with the same codes; customers are refused', async () => {
    const app = await createTestApp({ clock: () => new Date('2026-12-02T15:00:00Z') });
    const t = await createTestTenant();
    const vendor = await loginAs(app, t.users.support_manager);
    const res = await vendor.post('/api/v1/releases/status', body);
    expect(res.statusCode).toBe(200);
    expect(res.json().versions[0]).toMatchObject({
      version: '7.1',
      status: 'unsupported',
      supported_until: '2026-05-31',
      code: 'release.version_unsupported',
    });
    const ivanti = await vendor.post('/api/v1/releases/status', {
      ...body,
      pack: 'ivanti',
      support_ended: '2026-02-28',
    });
    expect(ivanti.json().versions[2]).toMatchObject({ entitled: false, code: 'release.after_support_ended' });
    const bad = await vendor.post('/api/v1/releases/status', { ...body, as_of: '2026-02-30' });
    expect([bad.statusCode, bad.json().error.code]).toEqual([400, 'release.invalid_input']);
    const customer = await loginAs(app, t.users.customer_admin);
    expect((await customer.post('/api/v1/releases/status', body)).statusCode).toBe(403);
  }, 120_000);
});
