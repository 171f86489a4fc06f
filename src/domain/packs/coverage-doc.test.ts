import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPackageRoot } from './package-root.js';
import { getBuiltInPack } from './registry.js';

const doc = readFileSync(join(findPackageRoot(), 'docs', 'policy-coverage.md'), 'utf8');
const rows = new Set([...doc.matchAll(/^\| ((?:IMP|IVA)-\d\d) \|/gm)].map((m) => m[1]));

/** Every `clause:` cited anywhere in a pack. */
function citedClauses(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) citedClauses(item, into);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'clause' && typeof child === 'string') into.add(child);
      else citedClauses(child, into);
    }
  }
  return into;
}

describe('docs/policy-coverage.md', () => {
  it('maps every seed clause (IMP-01..66, IVA-01..47) exactly once', () => {
    const expected = [
      ...Array.from({ length: 66 }, (_, i) => `IMP-${String(i + 1).padStart(2, '0')}`),
      ...Array.from({ length: 47 }, (_, i) => `IVA-${String(i + 1).padStart(2, '0')}`),
    ];
    expect([...rows].sort()).toEqual(expected.sort());
  });

  it('lists exactly the clauses the built-in packs cite: every clause has a pack entry', () => {
    const cited = new Set([
      ...citedClauses(getBuiltInPack('imprivata-onesign')),
      ...citedClauses(getBuiltInPack('ivanti')),
    ]);
    expect([...cited].sort()).toEqual([...rows].sort());
  });
});
