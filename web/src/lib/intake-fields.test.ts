import { describe, expect, it } from 'vitest';
import { describeDetail, detailedInformationFields, listIntakeFields } from './intake-fields.js';

describe('listIntakeFields', () => {
  it('asks the four IVA-23 details when the pack has the detailed-information intake rule', () => {
    const fields = listIntakeFields({
      intake: [
        {
          id: 'detailed-information',
          text: 'Required intake details: example, context, system configuration, reproduction steps.',
        },
      ],
    });
    expect(fields.map((field) => field.id)).toEqual([
      'example',
      'context',
      'systemConfiguration',
      'reproductionSteps',
    ]);
    expect(fields).toBe(detailedInformationFields);
  });

  it("prefers the pack's own field list and asks nothing when the pack requires nothing", () => {
    expect(listIntakeFields({ intakeFields: [{ id: 'serial', label: 'Appliance serial' }] })).toEqual([
      { id: 'serial', label: 'Appliance serial', required: true },
    ]);
    expect(listIntakeFields({ intake: [{ id: 'portal-24x365', text: 'Submit any time.' }] })).toEqual([]);
    expect(listIntakeFields(undefined)).toEqual([]);
  });
});

describe('describeDetail', () => {
  it('labels detail keys for people', () => {
    expect(describeDetail('systemConfiguration')).toBe('System configuration');
    expect(describeDetail('applianceSerial')).toBe('Appliance serial');
    expect(describeDetail('error_code')).toBe('Error code');
  });
});
