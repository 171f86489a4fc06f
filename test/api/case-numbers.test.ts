import { describe, expect, it } from 'vitest';
import { openCase } from '../../src/commands/cases/open-case.js';
import { getTestDatabase } from '../helpers/index.js';
import { createTestTenant } from '../helpers/test-tenant.js';
import { addContract } from './record-fixtures.js';

const monday = new Date('2026-03-02T15:00:00Z');
const input = { title: 'Badge tap fails', description: 'Ward 3', severity: 'P2' };

describe('case numbers (one sequence per tenant)', () => {
  it('numbers concurrent openings 1…n without duplicates, per tenant, and a refused opening takes none', async () => {
    const db = await getTestDatabase();
    const first = await createTestTenant();
    const second = await createTestTenant();
    await addContract(first.system, first.accountId);
    await addContract(second.system, second.accountId);
    const open = (tenant: typeof first, severity = 'P2') =>
      openCase({ db }, tenant.system, { ...input, severity, accountId: tenant.accountId }, monday);

    const opened = await Promise.all(Array.from({ length: 6 }, () => open(first)));
    expect(opened.map((result) => result.case.number).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6]);
    expect((await open(second)).case.number).toBe(1);

    await expect(open(first, 'S9')).rejects.toMatchObject({ code: 'case.unknown_severity' });
    expect((await open(first)).case.number).toBe(7);
    expect((await open(second)).case.number).toBe(2);
  });
});
