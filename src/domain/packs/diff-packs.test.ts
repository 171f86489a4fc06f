import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describePath, diffPacks } from './diff-packs.js';
import { findPackageRoot } from './package-root.js';
import { parsePack } from './parse-pack.js';

const imprivataYaml = readFileSync(join(findPackageRoot(), 'packs', 'imprivata-onesign.yaml'), 'utf8');
const original = parsePack(imprivataYaml, 'imprivata-onesign.yaml');

function edited(...replacements: Array<[string, string]>) {
  let text = imprivataYaml;
  for (const [from, to] of replacements) {
    if (!text.includes(from)) throw new Error(`fixture text not found: ${from}`);
    text = text.replace(from, to);
  }
  return parsePack(text, 'edited.yaml');
}

const premiumP1 =
  'first_response: { clock: business_hours, hours: 2, text: "Within 2 business hours", source: { clause: IMP-50';

describe('diffPacks', () => {
  it('finds nothing between a pack and itself', () => {
    expect(diffPacks(original, original)).toEqual([]);
  });

  it('reports a changed SLA matrix cell with the seed wording before and after', () => {
    const after = edited(
      ['version: "1"', 'version: "2"'],
      [
        premiumP1,
        premiumP1.replace(
          'hours: 2, text: "Within 2 business hours"',
          'hours: 1, text: "Within 1 business hour"',
        ),
      ],
    );
    const diff = diffPacks(original, after);
    expect(diff).toEqual([
      { path: 'version', section: 'identity', before: '1', after: '2', label: 'version: “1” → “2”' },
      {
        path: 'sla.matrix[premium/P1].first_response',
        section: 'sla_matrix',
        before: { clock: 'business_hours', hours: 2, minutes: 0, text: 'Within 2 business hours' },
        after: { clock: 'business_hours', hours: 1, minutes: 0, text: 'Within 1 business hour' },
        label: 'SLA premium / P1 first response: “Within 2 business hours” → “Within 1 business hour”',
      },
    ]);
  });

  it('says which numbers changed when the wording stayed the same', () => {
    const after = edited([premiumP1, premiumP1.replace('hours: 2,', 'hours: 3,')]);
    const [entry] = diffPacks(original, after);
    expect(entry?.label).toBe(
      'SLA premium / P1 first response: “Within 2 business hours” → “Within 2 business hours” ({"clock":"business_hours","hours":2,"minutes":0} → {"clock":"business_hours","hours":3,"minutes":0})',
    );
  });

  it('reports plan settings, centre hours and holidays, and contract terms', () => {
    const after = edited(
      ['named_contacts: 6', 'named_contacts: 8'],
      ['holidays: [us-federal]', 'holidays: [us-federal, "2026-12-24"]'],
      ['notice_days: 60', 'notice_days: 90'],
    );
    const labels = diffPacks(original, after).map((entry) => [entry.path, entry.label]);
    expect(labels).toEqual([
      ['centres[us].calendar.holidays', 'Added “2026-12-24” to Centre us › calendar › holidays'],
      ['plans[premium].named_contacts', 'Plan premium › named contacts: 6 → 8'],
      ['contract.policy_change.notice_days', 'Contract terms › policy change › notice days: 60 → 90'],
    ]);
  });

  it('reports plans added and removed', () => {
    const withoutStandard = { ...original, plans: original.plans.filter((plan) => plan.id !== 'standard') };
    const diff = diffPacks(original, withoutStandard);
    expect(diff).toHaveLength(1);
    expect(diff[0]).toMatchObject({ path: 'plans[standard]', section: 'plans', after: null });
    expect(diff[0]?.label).toMatch(/^Removed Plan standard \(was /);
    expect(diffPacks(withoutStandard, original)[0]?.label).toMatch(/^Added Plan standard: /);
  });

  it('describes paths for people', () => {
    expect(describePath('centres[emea].calendar.hours.mon')).toBe('Centre emea › calendar › hours › mon');
    expect(describePath('effective_from')).toBe('effective from');
  });
});
