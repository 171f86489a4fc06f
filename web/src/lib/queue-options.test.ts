import { describe, expect, it } from 'vitest';
import type { TPackDetail } from '../api/pack-types.js';
import { listQueueOptions, sortByNextDue } from './queue-options.js';

const pack = (id: string, name: string, centres: string[]): TPackDetail => ({
  id,
  name,
  version: '1',
  plans: [{ id: 'standard', name: 'Standard' }],
  severities: [{ id: `${id}-1`, name: 'Critical' }],
  centres: centres.map((centre) => ({ id: centre, name: centre.toUpperCase(), timezone: 'UTC' })),
  matrix: [],
});

describe('listQueueOptions', () => {
  it('unions centres, plans and severities across packs without duplicates', () => {
    const options = listQueueOptions([
      pack('a', 'Alpha', ['us', 'emea']),
      pack('b', 'Beta', ['emea', 'apac']),
    ]);
    expect(options.centres.map((option) => option.value)).toEqual(['us', 'emea', 'apac']);
    expect(options.plans).toEqual([{ value: 'standard', label: 'Standard (Alpha)' }]);
    expect(options.severities.map((option) => option.label)).toEqual([
      'a-1 Critical (Alpha)',
      'b-1 Critical (Beta)',
    ]);
  });
});

describe('sortByNextDue', () => {
  it('puts the earliest due first and cases without a deadline last', () => {
    const sorted = sortByNextDue([
      { number: 1, nextDueAt: null },
      { number: 2, nextDueAt: '2026-03-02T18:00:00Z' },
      { number: 3, nextDueAt: '2026-03-02T09:00:00Z' },
      { number: 4 },
    ]);
    expect(sorted.map((item) => item.number)).toEqual([3, 2, 1, 4]);
  });
});
