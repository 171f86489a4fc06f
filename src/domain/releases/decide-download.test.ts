import { describe, expect, it } from 'vitest';
import { decideDownload, type TDownloadEntitlement } from './decide-download.js';

const active: TDownloadEntitlement = {
  entitled: true,
  status: 'active',
  code: null,
  reason: 'Support is in force until 2026-12-31.',
  supportEndedOn: null,
};
const lapsed: TDownloadEntitlement = {
  entitled: false,
  status: 'lapsed',
  code: 'contract.lapsed',
  reason: 'Support ended when the contract term expired without renewal.',
  supportEndedOn: '2026-06-30',
};
const refused = (status: string, code: string): TDownloadEntitlement => ({
  entitled: false,
  status,
  code,
  reason: `refused ${status}`,
  supportEndedOn: null,
});
const shipped = (gaDate: string) => ({ status: 'published' as const, gaDate });
const ivanti = ['updates-while-active', 'release-notification'];
const imprivata = ['remote-download', 'separately-priced-features'];

describe('decideDownload', () => {
  it.each([
    ['active maintenance', active, imprivata, shipped('2026-03-01'), true, undefined],
    [
      'planned release',
      active,
      imprivata,
      { status: 'planned' as const, gaDate: '2027-01-01' },
      false,
      'download.not_available',
    ],
    [
      'product not covered (IMP-12/13)',
      refused('none', 'contract.none'),
      imprivata,
      shipped('2026-03-01'),
      false,
      'download.product_not_covered',
    ],
    ['Imprivata lapsed: nothing', lapsed, imprivata, shipped('2026-03-01'), false, 'contract.lapsed'],
    [
      'Ivanti lapsed, released on the last day of support (IVA-11)',
      lapsed,
      ivanti,
      shipped('2026-06-30'),
      true,
      undefined,
    ],
    [
      'Ivanti lapsed, released the day after (IVA-11)',
      lapsed,
      ivanti,
      shipped('2026-07-01'),
      false,
      'release.after_support_ended',
    ],
    [
      'Ivanti suspended: refused',
      refused('suspended', 'contract.suspended'),
      ivanti,
      shipped('2026-03-01'),
      false,
      'contract.suspended',
    ],
    [
      'withheld (IMP-10): refused',
      refused('withheld', 'contract.service_withheld'),
      imprivata,
      shipped('2026-03-01'),
      false,
      'contract.service_withheld',
    ],
  ])('%s', (_name, entitlement, rules, release, allowed, code) => {
    const decision = decideDownload({ entitlement, packRuleIds: rules, release });
    expect(decision.allowed).toBe(allowed);
    if (!decision.allowed) expect(decision.code).toBe(code);
  });
});
