import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { normalisePack } from './normalise-pack.js';

const packFile = (name: string) =>
  parse(readFileSync(new URL(`../../../packs/${name}.yaml`, import.meta.url), 'utf8'));

describe('normalisePack', () => {
  it('reads the pack file structure (snake_case, matrix under sla, zone under calendar)', () => {
    const pack = normalisePack(packFile('ivanti'));
    expect(pack.id).toBe('ivanti');
    expect(pack.severities.map((severity) => severity.id)).toEqual(['S1', 'S2', 'S3', 'S4']);
    expect(pack.centres.map((centre) => centre.id)).toEqual(['americas', 'emea', 'apac']);
    expect(pack.centres.every((centre) => centre.timezone.includes('/'))).toBe(true);
    expect(pack.plans.map((plan) => plan.id)).toContain('enhanced');
    expect(pack.plans.find((plan) => plan.id === 'enhanced')?.status).toBe('legacy');
    const cell = pack.matrix.find((row) => row.plan === 'premium' && row.severity === 'S1');
    expect(cell?.firstResponse.text.length).toBeGreaterThan(0);
    expect(pack.intake?.some((rule) => rule.id === 'detailed-information')).toBe(true);
    expect(pack.regionCentres?.emea).toBe('emea');
  });

  it('reads a camelCase presentation', () => {
    const pack = normalisePack({
      id: 'p',
      name: 'P',
      version: '2',
      plans: [{ id: 'standard', name: 'Standard', namedContacts: 3, pinRequired: true }],
      severities: [{ id: 'P0', name: 'Critical' }],
      centres: [{ id: 'us', name: 'US', timezone: 'America/New_York' }],
      matrix: [
        {
          plan: 'standard',
          severity: 'P0',
          firstResponse: { clock: 'business_hours', text: '2h' },
          resolution: { clock: 'next_release', text: 'Next release' },
        },
      ],
    });
    expect(pack.plans[0]).toMatchObject({ namedContacts: 3, pinRequired: true });
    expect(pack.centres[0]?.timezone).toBe('America/New_York');
    expect(pack.matrix[0]?.firstResponse.text).toBe('2h');
  });
});
