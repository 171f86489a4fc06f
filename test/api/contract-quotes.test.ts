import { describe, expect, it } from 'vitest';
import { explainContractRequest } from '../../src/commands/contracts/explain-contract-request.js';
import { upsertPrice } from '../../src/repositories/price-book-repository.js';
import { createTestApp, createTestTenant, getTestDatabase, loginAs } from '../helpers/index.js';

const at = (date: string) => new Date(`${date}T15:00:00Z`);

async function setup(today: string) {
  const app = await createTestApp({ clock: () => at(today) });
  const tenant = await createTestTenant();
  const db = await getTestDatabase();
  for (const [packId, plan, effectiveFrom, amountMinor] of [
    ['imprivata-onesign', 'premium', '2025-01-01', 1_200_000],
    ['imprivata-onesign', 'premium', '2027-01-01', 1_260_000],
    ['ivanti', 'enterprise', '2025-01-01', 2_400_000],
  ] as const) {
    await upsertPrice(
      db,
      tenant.tenant.id,
      { packId, item: plan, effectiveFrom, amountMinor, currency: 'USD' },
      at(today),
    );
  }
  const admin = await loginAs(app, tenant.users.vendor_admin);
  const contract = async (body: Record<string, unknown>) => {
    const created = await admin.post('/api/v1/contracts', {
      reference: `Q-${Math.random().toString(36).slice(2, 8)}`,
      accountId: tenant.accountId,
      licences: 100,
      ...body,
    });
    expect(created.statusCode).toBe(201);
    return created.json().id as string;
  };
  return { app, tenant, admin, contract };
}

describe('POST /api/v1/contracts/explain', () => {
  it('answers with the CLI’s result for the same request (same fields and codes)', async () => {
    const { admin } = await setup('2026-06-01');
    const request = {
      pack: 'ivanti',
      plan: 'enterprise',
      term_start: '2026-01-01',
      as_of: '2026-10-10',
      annual_price: { amount_minor: 2_400_000, currency: 'USD' },
      events: [{ kind: 'non_renewal_notice', received: '2026-10-03' }],
      licences: { owned: 120, in_use: 130, quoted: 120 },
    };
    const response = await admin.post('/api/v1/contracts/explain', request);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual(explainContractRequest(request));
    expect(response.json().events[0]).toMatchObject({
      kind: 'non_renewal_notice',
      code: 'contract.notice_late',
    });
    expect(response.json().errors[0]).toMatchObject({ code: 'contract.partial_licence_coverage' });
    expect(response.json().errors[0].message).toMatch(/130/);
    const bad = await admin.post('/api/v1/contracts/explain', { ...request, as_of: '2026-13-01' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('contract.invalid_input');
    const file = await admin.post('/api/v1/contracts/explain', { ...request, pack: '/etc/passwd' });
    expect(file.json().error.code).toBe('pack.unknown');
  }, 120_000); // the first test of the file also pays for the database set-up
});

describe('POST /api/v1/contracts/:id/quotes', () => {
  it('IMP-09 a renewal quote is priced at the then-current price book entry, itemised in minor units', async () => {
    const { admin, contract } = await setup('2027-01-10');
    const id = await contract({ packId: 'imprivata-onesign', plan: 'premium', shipDate: '2026-01-20' });
    const quote = await admin.post(`/api/v1/contracts/${id}/quotes`, { kind: 'renewal' });
    expect(quote.statusCode).toBe(200);
    expect(quote.json()).toMatchObject({
      kind: 'renewal',
      currency: 'USD',
      totalMinor: 1_260_000,
      lines: [{ code: 'renewal', from: '2027-02-01', to: '2028-01-31', amountMinor: 1_260_000 }],
    });
    const notLapsed = await admin.post(`/api/v1/contracts/${id}/quotes`, { kind: 'reinstatement' });
    expect(notLapsed.json().error.code).toBe('contract.not_lapsed');
  });

  it('IVA-34 refuses a quote covering fewer licences than owned or in use, naming the number', async () => {
    const { admin, contract } = await setup('2026-10-01');
    const id = await contract({ packId: 'ivanti', plan: 'enterprise', termStart: '2026-01-01' });
    const refused = await admin.post(`/api/v1/contracts/${id}/quotes`, {
      kind: 'renewal',
      licencesInUse: 130,
      licencesQuoted: 120,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.code).toBe('contract.partial_licence_coverage');
    expect(refused.json().error.message).toMatch(/130/);
    const covered = await admin.post(`/api/v1/contracts/${id}/quotes`, {
      kind: 'renewal',
      licencesInUse: 130,
      licencesQuoted: 130,
    });
    expect(covered.statusCode).toBe(200);
  });

  it('IVA-35 K6 reinstatement after a lapse: back fees by whole months + fee + the new term; a customer sees it too', async () => {
    const { app, tenant, admin, contract } = await setup('2027-03-15');
    const id = await contract({ packId: 'ivanti', plan: 'enterprise', termStart: '2026-01-01' });
    const renewal = await admin.post(`/api/v1/contracts/${id}/quotes`, { kind: 'renewal' });
    expect(renewal.json().error.code).toBe('contract.lapsed');
    const customer = await loginAs(app, tenant.users.customer_contact);
    const quote = await customer.post(`/api/v1/contracts/${id}/quotes`, { kind: 'reinstatement' });
    expect(quote.statusCode).toBe(200);
    // Lapsed 2027-01-01; request 2027-03-15: Jan, Feb, started March = 3 months of 2,400,000 / 12.
    expect(
      quote.json().lines.map((l: { code: string; amountMinor: number }) => [l.code, l.amountMinor]),
    ).toEqual([
      ['back_fees', 600_000],
      ['reinstatement_fee', 0],
      ['new_term', 2_400_000],
    ]);
    expect(quote.json().totalMinor).toBe(3_000_000);
  });

  it('IMP-08 K6 reinstatement adds 25% of the back fees', async () => {
    const { admin, contract } = await setup('2027-04-10');
    const id = await contract({ packId: 'imprivata-onesign', plan: 'premium', shipDate: '2025-12-10' });
    // Timely non-renewal for the term ending 2026-12-31 (deadline 2026-12-01), then reinstated.
    await admin.post(`/api/v1/contracts/${id}/notices`, { kind: 'non_renewal', receivedOn: '2026-11-01' });
    const quote = await admin.post(`/api/v1/contracts/${id}/quotes`, { kind: 'reinstatement' });
    expect(quote.statusCode).toBe(200);
    // 2027-01-01 .. 2027-04-09: 4 started months at the 2027 price 1,260,000 → 420,000; + 25% = 105,000.
    expect(
      quote.json().lines.map((l: { code: string; amountMinor: number }) => [l.code, l.amountMinor]),
    ).toEqual([
      ['back_fees', 420_000],
      ['reinstatement_surcharge', 105_000],
    ]);
  });
});
