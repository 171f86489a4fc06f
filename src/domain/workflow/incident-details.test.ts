import { describe, expect, it } from 'vitest';
import { getBuiltInPack } from '../packs/registry.js';
import { missingIncidentDetails, requiredIncidentDetails } from './incident-details.js';
import { pausesOnWaiting } from './pause-policy.js';

describe('incident details required by a pack (IVA-23)', () => {
  it('Ivanti requires example, context, configuration and reproduction steps; Imprivata none', () => {
    expect(requiredIncidentDetails(getBuiltInPack('ivanti'))).toEqual([
      'example',
      'context',
      'systemConfiguration',
      'reproductionSteps',
    ]);
    expect(requiredIncidentDetails(getBuiltInPack('imprivata-onesign'))).toEqual([]);
  });

  it.each([
    [{}, ['example', 'context', 'systemConfiguration', 'reproductionSteps']],
    [{ example: 'x', context: '  ' }, ['context', 'systemConfiguration', 'reproductionSteps']],
    [{ example: 'x', context: 'y', systemConfiguration: 'z', reproductionSteps: 'w' }, []],
    [{ example: 1, context: 'y', systemConfiguration: 'z', reproductionSteps: 'w' }, ['example']],
  ])('missing from %j: %j', (details, missing) => {
    expect(missingIncidentDetails(getBuiltInPack('ivanti'), details)).toEqual(missing);
  });
});

describe('pause setting', () => {
  it('defaults to no pause for both seeds', () => {
    expect(pausesOnWaiting(getBuiltInPack('ivanti'))).toBe(false);
    expect(pausesOnWaiting(getBuiltInPack('imprivata-onesign'))).toBe(false);
  });
});
