import { describe, expect, it } from 'vitest';
import { getTestDatabase } from '../helpers/index.js';
import { runRmaDeadlineSweep } from '../jobs/rma-sweep-helper.js';
import { setupRma } from './rma-fixtures.js';

describe('appliances', () => {
  it('IMP-17 the warranty end is computed from the ship date (K1), never typed', async () => {
    const { admin, tenant, product, addAppliance } = await setupRma();
    const appliance = await addAppliance({ shipDate: '2026-01-20' });
    expect(appliance).toMatchObject({
      warrantyEnd: '2027-01-31',
      kind: 'physical',
      hardwareMaintenance: true,
    });
    const typed = await admin.post('/api/v1/appliances', {
      accountId: tenant.accountId,
      productId: product.id,
      serial: 'T1',
      model: 'g4',
      shipDate: '2026-01-20',
      warrantyEnd: '2030-01-01',
    });
    expect(typed.statusCode).toBe(400);
    const moved = await admin.patch(`/api/v1/appliances/${appliance.id}`, { shipDate: '2026-03-02' });
    expect(moved.json().warrantyEnd).toBe('2027-03-31');
  });
});

describe('RMA refusals over the API', () => {
  it('IMP-22 refuses an RMA without a recorded hardware-defect conclusion', async () => {
    const { agent, addAppliance, openCase } = await setupRma();
    const appliance = await addAppliance();
    const kase = await openCase();
    const res = await agent.post('/api/v1/rmas', { caseId: kase.id, applianceId: appliance.id });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('rma.no_defect_conclusion');
    expect(res.json().error.message).toMatch(/IMP-22/);
  });
  it('IMP-20 refuses a third-party device: the manufacturer warranty applies', async () => {
    const { agent, addAppliance, openCase, conclude } = await setupRma();
    const reader = await addAppliance({ kind: 'third_party', model: 'card-reader' });
    expect(reader.hardwareMaintenance).toBe(false);
    const kase = await openCase();
    await conclude(kase.id, reader.id);
    const res = await agent.post('/api/v1/rmas', { caseId: kase.id, applianceId: reader.id });
    expect(res.json().error.code).toBe('rma.third_party_device');
    expect(res.json().error.message).toMatch(/manufacturer/);
  });
  it('IMP-21 refuses a virtual appliance (no hardware maintenance)', async () => {
    const { agent, addAppliance, openCase, conclude } = await setupRma();
    const vm = await addAppliance({ kind: 'virtual' });
    const kase = await openCase();
    await conclude(kase.id, vm.id);
    const res = await agent.post('/api/v1/rmas', { caseId: kase.id, applianceId: vm.id });
    expect(res.json().error.code).toBe('rma.virtual_only');
  });
  it('IMP-19 refuses when on-site repair is requested', async () => {
    const { agent, addAppliance, openCase, conclude } = await setupRma();
    const appliance = await addAppliance();
    const kase = await openCase();
    await conclude(kase.id, appliance.id, { onsiteRequested: true });
    const res = await agent.post('/api/v1/rmas', { caseId: kase.id, applianceId: appliance.id });
    expect(res.json().error.code).toBe('rma.onsite_not_offered');
  });
  it('IMP-16 refuses when an excluded cause is recorded on the case', async () => {
    const { agent, addAppliance, openCase, conclude } = await setupRma();
    const appliance = await addAppliance();
    const kase = await openCase();
    await conclude(kase.id, appliance.id, {
      conclusion: 'excluded_cause',
      excludedCause: 'unauthorised modification',
    });
    const res = await agent.post('/api/v1/rmas', { caseId: kase.id, applianceId: appliance.id });
    expect(res.json().error.code).toBe('rma.excluded_cause');
  });
  it('IMP-15 refuses a unit not on the current or immediately prior version (strict N/N-1)', async () => {
    const { agent, addAppliance, openCase, conclude } = await setupRma();
    const old = await addAppliance({ softwareVersion: '7.1' });
    const kase = await openCase();
    await conclude(kase.id, old.id);
    const res = await agent.post('/api/v1/rmas', { caseId: kase.id, applianceId: old.id });
    expect(res.json().error.code).toBe('rma.software_not_supported');
    const prior = await addAppliance({ softwareVersion: '7.2' });
    await conclude(kase.id, prior.id);
    expect((await agent.post('/api/v1/rmas', { caseId: kase.id, applianceId: prior.id })).statusCode).toBe(
      201,
    );
  });
  it('refuses without active maintenance (rma.no_entitlement)', async () => {
    const { agent, addAppliance, openCase, conclude, tenant } = await setupRma();
    const appliance = await addAppliance();
    const kase = await openCase();
    await conclude(kase.id, appliance.id);
    const db = await getTestDatabase();
    await db
      .updateTable('contracts')
      .set({ status: 'lapsed' })
      .where('tenant_id', '=', tenant.tenant.id)
      .execute();
    const res = await agent.post('/api/v1/rmas', { caseId: kase.id, applianceId: appliance.id });
    expect(res.json().error.code).toBe('rma.no_entitlement');
  });
  it('customers cannot open an RMA or record a finding', async () => {
    const { customer, addAppliance, openCase } = await setupRma();
    const appliance = await addAppliance();
    const kase = await openCase();
    const finding = await customer.post(`/api/v1/cases/${kase.id}/hardware-finding`, {
      applianceId: appliance.id,
      troubleshooting: 'x',
      conclusion: 'hardware_defect',
    });
    expect(finding.statusCode).toBe(403);
    expect(
      (await customer.post('/api/v1/rmas', { caseId: kase.id, applianceId: appliance.id })).statusCode,
    ).toBe(403);
  });
});

describe('RMA lifecycle', () => {
  it('IMP-27 Standard: return and repair, ship-by 10 business days after receipt with why-this-date; customer sees plain words', async () => {
    const { agent, addAppliance, openCase, conclude, clock, relogin } = await setupRma({
      start: new Date('2026-12-18T15:00:00Z'),
    });
    const appliance = await addAppliance();
    const kase = await openCase();
    await conclude(kase.id, appliance.id);
    const opened = await agent.post('/api/v1/rmas', { caseId: kase.id, applianceId: appliance.id });
    expect(opened.statusCode, opened.body).toBe(201);
    expect(opened.json()).toMatchObject({
      type: 'return_and_repair',
      shipping: 'standard',
      warrantyEnd: '2027-06-30',
    });
    const received = await agent.post(`/api/v1/rmas/${opened.json().id}/events`, {
      kind: 'unit_received',
      at: '2026-12-21T15:00:00Z',
    });
    expect(received.statusCode, received.body).toBe(200);
    expect(received.json().shipBy).toBe('2027-01-06T15:00:00.000Z');
    expect(received.json().deadlines[0].explanation.join(' ')).toMatch(/IMP-27.*T5|T5/);
    clock.set(new Date('2027-01-05T16:00:00Z'));
    const { agent: agent2, customer } = await relogin();
    const seen = (await customer.get(`/api/v1/rmas/${opened.json().id}`)).json();
    expect(seen.deadlines[0].explanation.join(' ')).toMatch(/Christmas Day/);
    expect(seen.deadlines[0].explanation.join(' ')).not.toMatch(/IMP-|T5|H1/);
    const shipped = await agent2.post(`/api/v1/rmas/${opened.json().id}/events`, {
      kind: 'replacement_shipped',
      at: '2027-01-05T15:00:00Z',
      replacementSerial: 'SN-REPL-1',
    });
    expect(shipped.json()).toMatchObject({ status: 'closed', warrantyEnd: '2027-06-30' });
    const list = (await customer.get(`/api/v1/appliances?accountId=${appliance.accountId}`)).json();
    const replacement = list.items.find((a: { serial: string }) => a.serial === 'SN-REPL-1');
    expect(replacement).toMatchObject({ warrantyEnd: '2027-06-30', replacesApplianceId: appliance.id });
  });

  it('IMP-34 Premium: an overdue return leaves a charge proposal a manager approves (no invoice)', async () => {
    const { agent, addAppliance, openCase, conclude, clock, tenant, relogin } = await setupRma({
      plan: 'premium',
      start: new Date('2026-12-21T15:00:00Z'),
    });
    const appliance = await addAppliance();
    const kase = await openCase();
    await conclude(kase.id, appliance.id, { destination: 'US' });
    const opened = await agent.post('/api/v1/rmas', {
      caseId: kase.id,
      applianceId: appliance.id,
      price: { amountMinor: 249_900, currency: 'USD' },
    });
    expect(opened.json()).toMatchObject({ type: 'advance_replacement', shipping: 'overnight', charge: null });
    const id = opened.json().id;
    await agent.post(`/api/v1/rmas/${id}/events`, {
      kind: 'replacement_shipped',
      at: '2026-12-22T15:00:00Z',
    });
    clock.set(new Date('2027-02-01T15:00:00Z'));
    await runRmaDeadlineSweep(new Date('2027-02-01T15:00:00Z'), tenant.tenant.id);
    const { agent: agent2, manager } = await relogin();
    const overdue = (await agent2.get(`/api/v1/rmas/${id}`)).json();
    expect(overdue.flags).toContain('rma.return_overdue');
    expect(overdue.charge).toMatchObject({ status: 'proposed', amountMinor: 249_900 });
    expect((await agent2.post(`/api/v1/rmas/${id}/charge`, { decision: 'approved' })).statusCode).toBe(403);
    const approved = await manager.post(`/api/v1/rmas/${id}/charge`, { decision: 'approved' });
    expect(approved.json().charge.status).toBe('approved');
  });

  it("lists the vendor's RMA queue ordered by the next deadline", async () => {
    const { agent, addAppliance, openCase, conclude, clock } = await setupRma({
      plan: 'premium',
      start: new Date('2026-12-18T15:00:00Z'),
    });
    const a = await addAppliance();
    const b = await addAppliance();
    const k1 = await openCase();
    const k2 = await openCase();
    clock.set(new Date('2026-12-21T15:00:00Z'));
    await conclude(k1.id, a.id);
    const later = (await agent.post('/api/v1/rmas', { caseId: k1.id, applianceId: a.id })).json();
    clock.set(new Date('2026-12-18T15:00:00Z'));
    await conclude(k2.id, b.id);
    const sooner = (await agent.post('/api/v1/rmas', { caseId: k2.id, applianceId: b.id })).json();
    const queue = (await agent.get('/api/v1/rmas?status=open')).json();
    expect(queue.items.map((r: { id: string }) => r.id)).toEqual([sooner.id, later.id]);
  });
});
