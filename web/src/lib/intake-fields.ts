import type { TPackDetail } from '../api/pack-types.js';

export type TIntakeField = { id: string; label: string; hint?: string; required: boolean };

/** IVA-23's four details: what a pack with a "detailed information" intake rule asks for. */
export const detailedInformationFields: readonly TIntakeField[] = [
  {
    id: 'example',
    label: 'Example',
    hint: 'A concrete example of the problem (error text, screenshot name).',
    required: true,
  },
  { id: 'context', label: 'Context', hint: 'What you were doing and what changed recently.', required: true },
  {
    id: 'systemConfiguration',
    label: 'System configuration',
    hint: 'Versions, operating system, topology.',
    required: true,
  },
  {
    id: 'reproductionSteps',
    label: 'Steps to reproduce',
    hint: 'Numbered steps that show the problem.',
    required: true,
  },
];

/**
 * The details a new case must carry under a pack: the pack's own list when the API gives one,
 * else the four IVA-23 details when the pack has that intake rule, else none.
 */
export function listIntakeFields(
  pack: Pick<TPackDetail, 'intakeFields' | 'intake'> | undefined,
): readonly TIntakeField[] {
  if (!pack) return [];
  if (pack.intakeFields && pack.intakeFields.length > 0) {
    return pack.intakeFields.map((field) => ({ ...field, required: field.required ?? true }));
  }
  const asksDetails = (pack.intake ?? []).some(
    (rule) => rule.id === 'detailed-information' || /required intake details/i.test(rule.text),
  );
  return asksDetails ? detailedInformationFields : [];
}

/** The label of a case detail key: the intake field's label, else a readable form of the key. */
export function describeDetail(key: string): string {
  const field = detailedInformationFields.find((candidate) => candidate.id === key);
  if (field) return field.label;
  const spaced = key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replaceAll('_', ' ')
    .toLowerCase();
  return spaced.replace(/^./, (first) => first.toUpperCase());
}
