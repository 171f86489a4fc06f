import { describe, expect, it } from 'vitest';
import { createTestApp, createTestTenant, loginAs } from '../helpers/index.js';
import { addContract, ivantiDetails } from './record-fixtures.js';

// Monday 2026-03-02 10:00 in New York (15:00Z).
const monday = new Date('2026-03-02T15:00:00Z');
const internal = /\[reading|seeds\/|\.txt|PLACEHOLDER|\b(IMP|IVA)-\d+|\((C|T|K)\d+[,)]/;

describe('customers see plain words, vendor staff see clause ids (issue 18)', () => {
  for (const [packId, plan, severity, details] of [
    ['imprivata-onesign', 'premium', 'P1', undefined],
    ['ivanti', 'premium', 'S1', ivantiDetails],
  ] as const) {
    it(`the ${packId} case, its SLA explanation and the SLA preview carry no reading ids, seed files or placeholders for a customer`, async () => {
      const app = await createTestApp({ clock: () => monday });
      const tenant = await createTestTenant();
      await addContract(tenant.system, tenant.accountId, { packId, plan });
      const customer = await loginAs(app, tenant.users.customer_contact);
      const opened = await customer.post('/api/v1/cases', {
        title: 'Console down',
        description: 'Nobody can sign in',
        severity,
        ...(details ? { details } : {}),
      });
      expect(opened.statusCode).toBe(201);
      const id = opened.json().id;
      const seen = [
        (await customer.get(`/api/v1/cases/${id}`)).body,
        (await customer.get(`/api/v1/cases/${id}/sla`)).body,
        (
          await customer.post('/api/v1/sla/preview', {
            pack: packId,
            plan,
            severity,
            opened: monday.toISOString(),
          })
        ).body,
      ];
      for (const body of seen) {
        expect(body).toContain('explanation');
        expect(body).not.toMatch(internal);
      }
      // Vendor staff still see the clause ids.
      const agent = await loginAs(app, tenant.users.agent);
      expect((await agent.get(`/api/v1/cases/${id}/sla`)).body).toMatch(/\b(IMP|IVA)-\d+/);
    });
  }
});
