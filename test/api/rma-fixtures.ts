import { createTestApp, createTestTenant, loginAs } from '../helpers/index.js';
import { addContract } from './record-fixtures.js';

/** A tenant with an Imprivata contract, a OneSign product, two published releases (7.2, 7.3) and a case. */
export async function setupRma(options: { plan?: string; status?: 'active' | 'lapsed'; start?: Date } = {}) {
  let now = options.start ?? new Date('2026-12-01T15:00:00Z');
  const clock = { set: (d: Date) => (now = d) };
  const app = await createTestApp({ clock: () => now });
  const tenant = await createTestTenant();
  await addContract(tenant.system, tenant.accountId, { plan: options.plan ?? 'standard', status: 'active' });
  const admin = await loginAs(app, tenant.users.vendor_admin);
  const agent = await loginAs(app, tenant.users.agent);
  const manager = await loginAs(app, tenant.users.support_manager);
  const customer = await loginAs(app, tenant.users.customer_contact);
  const product = (
    await admin.post('/api/v1/products', {
      packId: 'imprivata-onesign',
      name: 'Imprivata OneSign',
      kind: 'appliance',
    })
  ).json();
  for (const [i, version] of ['7.2', '7.3'].entries()) {
    now = new Date(Date.UTC(2026, 10, 1 + i, 12));
    const release = (await manager.post('/api/v1/releases', { version, productId: product.id })).json();
    await manager.post(`/api/v1/releases/${release.id}/publish`);
  }
  now = options.start ?? new Date('2026-12-01T15:00:00Z');
  const addAppliance = async (extra: Record<string, unknown> = {}) => {
    const res = await admin.post('/api/v1/appliances', {
      accountId: tenant.accountId,
      productId: product.id,
      serial: `SN-${Math.random().toString(36).slice(2, 9)}`,
      model: 'g4',
      shipDate: '2026-06-10',
      softwareVersion: '7.3',
      ...extra,
    });
    if (res.statusCode !== 201) throw new Error(res.body);
    return res.json();
  };
  const openCase = async () => {
    const res = await agent.post('/api/v1/cases', {
      accountId: tenant.accountId,
      title: 'Appliance does not boot',
      description: 'Power LED blinks amber',
      severity: 'P2',
    });
    if (res.statusCode !== 201) throw new Error(res.body);
    return res.json();
  };
  const conclude = async (caseId: string, applianceId: string, extra: Record<string, unknown> = {}) =>
    agent.post(`/api/v1/cases/${caseId}/hardware-finding`, {
      applianceId,
      troubleshooting: 'Reseated PSU, swapped cable, ran diagnostics: PSU fault',
      conclusion: 'hardware_defect',
      ...extra,
    });
  /** Signs in again (sessions expire when a test moves the clock by days). */
  const relogin = async () => ({
    agent: await loginAs(app, tenant.users.agent),
    manager: await loginAs(app, tenant.users.support_manager),
    customer: await loginAs(app, tenant.users.customer_contact),
  });
  return {
    app,
    tenant,
    admin,
    agent,
    manager,
    customer,
    product,
    clock,
    addAppliance,
    openCase,
    conclude,
    relogin,
  };
}
