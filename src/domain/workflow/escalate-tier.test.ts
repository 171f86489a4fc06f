import { describe, expect, it } from 'vitest';
import { imprivataYaml } from '../../../test/api/packs-fixtures.js';
import { parsePack } from '../packs/parse-pack.js';
import { getBuiltInPack } from '../packs/registry.js';
import { planEscalation } from './escalate-tier.js';

const imprivata = getBuiltInPack('imprivata-onesign');
const ivanti = getBuiltInPack('ivanti');

describe('Tier categories come from the pack', () => {
  it('Imprivata Tier 3 (IMP-58): agent issues need VPN, a VM image or a shipped machine; a screen share does not count', () => {
    expect(() =>
      planEscalation(imprivata, { fromTier: 2, toTier: 3, category: 'agent', evidence: ['screen_share'] }),
    ).toThrow(expect.objectContaining({ code: 'case.tier3_requirements_missing' }));
    const plan = planEscalation(imprivata, {
      fromTier: 2,
      toTier: 3,
      category: 'agent',
      evidence: ['screen_share', 'vm_image'],
    });
    expect(plan.category).toEqual({
      id: 'agent',
      name: 'Agent-related issue',
      checklist: [
        { item: 'vpn_remote_access', name: 'VPN access to the customer environment', provided: false },
        { item: 'vm_image', name: 'VM image showing the issue', provided: true },
        { item: 'shipped_machine', name: 'Machine shipped to us', provided: false },
      ],
    });
    expect(() => planEscalation(imprivata, { fromTier: 2, toTier: 3 })).toThrow(
      expect.objectContaining({ code: 'case.tier3_category_required' }),
    );
    expect(() =>
      planEscalation(imprivata, { fromTier: 2, toTier: 3, category: 'other', evidence: ['telepathy'] }),
    ).toThrow(expect.objectContaining({ code: 'request.invalid' }));
  });

  it('a pack without tier categories asks for none and refuses one (Ivanti)', () => {
    expect(planEscalation(ivanti, { fromTier: 2, toTier: 3 }).category).toBeNull();
    expect(() => planEscalation(ivanti, { fromTier: 2, toTier: 3, category: 'agent' })).toThrow(
      expect.objectContaining({ code: 'case.invalid_escalation' }),
    );
  });

  it('an edited pack can ask for a category at another tier, and must name evidence it defines', () => {
    const edited = imprivataYaml.replace(
      'notify_customer: true, notify_executives: false,',
      'notify_customer: true, notify_executives: false, categories: [{ id: network, name: Network issue, needs_one_of: [packet_capture] }], evidence: [{ id: packet_capture, name: Packet capture }],',
    );
    const pack = parsePack(edited, 'edited.yaml');
    expect(() => planEscalation(pack, { fromTier: 1, toTier: 2, category: 'network' })).toThrow(
      expect.objectContaining({ code: 'case.tier3_requirements_missing' }),
    );
    expect(
      planEscalation(pack, { fromTier: 1, toTier: 2, category: 'network', evidence: ['packet_capture'] })
        .category?.checklist,
    ).toEqual([{ item: 'packet_capture', name: 'Packet capture', provided: true }]);

    const broken = edited.replace('needs_one_of: [packet_capture]', 'needs_one_of: [logs]');
    expect(() => parsePack(broken, 'broken.yaml')).toThrow(
      expect.objectContaining({
        details: expect.arrayContaining([
          expect.objectContaining({ message: expect.stringContaining('unknown evidence "logs"') }),
        ]),
      }),
    );
  });
});
