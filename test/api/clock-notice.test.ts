import { describe, expect, it } from 'vitest';
import { createTestApp, createTestTenant, loginAs } from '../helpers/index.js';
import { addContract } from './record-fixtures.js';

// Saturday 2026-03-07 10:00 in New York: the Imprivata US centre is closed until Monday 07:00 EDT.
const saturday = new Date('2026-03-07T15:00:00Z');
const monday = new Date('2026-03-02T15:00:00Z');

async function openCaseAt(now: Date, plan: string, severity: string) {
  const app = await createTestApp({ clock: () => now });
  const tenant = await createTestTenant();
  await addContract(tenant.system, tenant.accountId, { plan });
  const customer = await loginAs(app, tenant.users.customer_contact);
  const opened = await customer.post('/api/v1/cases', {
    title: 'All badges fail',
    description: 'Nobody can log in',
    severity,
  });
  expect(opened.statusCode).toBe(201);
  return (await customer.get(`/api/v1/cases/${opened.json().id}`)).json();
}

describe('clock notice of a case opened after hours (GET /api/v1/cases/:id)', () => {
  it('a Premium P0 from the portal on Saturday: the clock starts at the next opening, phone for an emergency', async () => {
    const item = await openCaseAt(saturday, 'premium', 'P0');
    expect(item.clockNotice).toMatch(
      /^The clock starts at 07:00 America\/New_York on Mon 2026-03-09 \(next opening of the US Support Center\); for an emergency, phone /,
    );
  }, 120_000);

  it('a Standard P2 on Saturday: the opening, no emergency line (the plan takes no P2 calls after hours)', async () => {
    const item = await openCaseAt(saturday, 'standard', 'P2');
    expect(item.clockNotice).toBe(
      'The clock starts at 07:00 America/New_York on Mon 2026-03-09 (next opening of the US Support Center).',
    );
  });

  it('no notice within hours', async () => {
    const item = await openCaseAt(monday, 'premium', 'P0');
    expect(item.clockNotice).toBeNull();
  });
});
