import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../lib/app-error.js';
import { centreForRegion } from './centre-for-region.js';
import { findPackageRoot } from './package-root.js';
import { getBuiltInPack, listBuiltInPacks, parsePack, resolvePack } from './registry.js';

const imprivataText = readFileSync(join(findPackageRoot(), 'packs', 'imprivata-onesign.yaml'), 'utf8');

function parseError(text: string): AppError {
  try {
    parsePack(text, 'test.yaml');
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the pack to be rejected');
}

/** Line (1-based) of the first line containing `needle`. */
function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((line) => line.includes(needle)) + 1;
}

describe('built-in packs', () => {
  it('lists both seed packs with the stable plan, severity and centre ids', () => {
    const byId = Object.fromEntries(listBuiltInPacks().map((p) => [p.id, p]));
    expect(byId['imprivata-onesign']).toMatchObject({
      plans: ['standard', 'premium'],
      severities: ['P0', 'P1', 'P2', 'P3'],
      centres: ['us', 'emea'],
      placeholders: [],
    });
    expect(byId.ivanti).toMatchObject({
      version: '3.20',
      plans: ['standard', 'enterprise', 'premium', 'enhanced'],
      severities: ['S1', 'S2', 'S3', 'S4'],
      centres: ['americas', 'emea', 'apac'],
      placeholders: ['americas', 'emea', 'apac'],
    });
  });

  it('returns frozen policies', () => {
    const policy = getBuiltInPack('ivanti');
    expect(Object.isFrozen(policy)).toBe(true);
    expect(Object.isFrozen(policy.sla.matrix[0])).toBe(true);
    expect(() => {
      (policy.plans as unknown as unknown[]).push({});
    }).toThrow(TypeError);
  });

  it('throws pack.not_found for unknown ids and missing files', () => {
    expect(() => getBuiltInPack('nope')).toThrowError(expect.objectContaining({ code: 'pack.not_found' }));
    expect(() => resolvePack('./missing.yaml')).toThrowError(
      expect.objectContaining({ code: 'pack.not_found' }),
    );
  });

  it('resolves --pack as an id or a file path', () => {
    expect(resolvePack('imprivata-onesign').id).toBe('imprivata-onesign');
    expect(resolvePack(join(findPackageRoot(), 'packs', 'ivanti.yaml')).id).toBe('ivanti');
  });

  it('cites a seed clause on every SLA target', () => {
    for (const id of ['imprivata-onesign', 'ivanti']) {
      for (const row of getBuiltInPack(id).sla.matrix) {
        expect(row.first_response.source.clause).toMatch(/^(IMP|IVA)-\d\d$/);
        expect(row.resolution.source.clause).toMatch(/^(IMP|IVA)-\d\d$/);
      }
    }
  });
});

describe('parsePack rejects invalid packs with precise messages', () => {
  it('reports YAML syntax errors with line and column', () => {
    const error = parseError('schema: aftercare.pack/v1\nid: [unclosed\n');
    expect(error.code).toBe('pack.invalid');
    expect(error.details[0]?.line).toBeGreaterThanOrEqual(2);
  });

  it('points a wrong value at its line and column', () => {
    const broken = imprivataText.replace('named_contacts: 3', 'named_contacts: three');
    const error = parseError(broken);
    const line = lineOf(broken, 'named_contacts: three');
    expect(error.details).toContainEqual(
      expect.objectContaining({ field: 'plans.0.named_contacts', line, column: 21 }),
    );
    expect(error.message).toContain(`test.yaml:${line}:21: plans.0.named_contacts:`);
  });

  it('points an unknown key at the key itself', () => {
    const broken = imprivataText.replace('    pin_required: false\n', '    pin_requried: false\n');
    const error = parseError(broken);
    expect(error.details[0]).toMatchObject({ line: lineOf(broken, 'pin_requried'), column: 5 });
    expect(error.details[0]?.message).toContain('pin_requried');
  });

  it('rejects an unknown clock, a bad time zone and a bad opening time', () => {
    const broken = imprivataText
      .replace('clock: business_days, days: 7', 'clock: fortnights, days: 7')
      .replace('timezone: Europe/London', 'timezone: Europe/Londn')
      .replace('mon: [["07:00", "19:00"]]', 'mon: [["7am", "19:00"]]');
    const fields = parseError(broken).details.map((d) => `${d.field}@${d.line}`);
    expect(fields).toContain(`sla.matrix.1.resolution.clock@${lineOf(broken, 'fortnights')}`);
    expect(fields).toContain(`centres.1.calendar.timezone@${lineOf(broken, 'Europe/Londn')}`);
    expect(fields).toContain(`centres.0.calendar.hours.mon.0.0@${lineOf(broken, '7am')}`);
  });

  it('rejects references to unknown plans and an incomplete SLA matrix', () => {
    const broken = imprivataText.replace(
      '    - plan: premium\n      severity: P3',
      '    - plan: platinum\n      severity: P3',
    );
    const messages = parseError(broken).details.map((d) => d.message);
    expect(messages).toContain('unknown plan "platinum" (known: standard, premium)');
    expect(messages).toContain('missing row for plan premium × severity P3');
  });

  it('rejects a wrong schema version', () => {
    const error = parseError(imprivataText.replace('schema: aftercare.pack/v1', 'schema: aftercare.pack/v9'));
    expect(error.details[0]).toMatchObject({
      field: 'schema',
      line: lineOf(imprivataText, 'schema: aftercare'),
      column: 9,
    });
  });
});

describe('centreForRegion (T2)', () => {
  it('maps account regions to owning centres', () => {
    const imprivata = getBuiltInPack('imprivata-onesign');
    const ivanti = getBuiltInPack('ivanti');
    expect(centreForRegion(imprivata, 'americas')).toBe('us');
    expect(centreForRegion(imprivata, 'EMEA')).toBe('emea');
    expect(centreForRegion(imprivata, 'apac')).toBe('emea');
    expect(centreForRegion(ivanti, 'apac')).toBe('apac');
    expect(centreForRegion(ivanti, 'Asia-Pacific')).toBe('apac');
    expect(() => centreForRegion(ivanti, 'mars')).toThrowError(
      expect.objectContaining({ code: 'pack.unknown_region' }),
    );
  });
});
