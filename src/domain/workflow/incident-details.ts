import type { TPolicy } from '../packs/schema.js';

export const incidentDetailFields = [
  'example',
  'context',
  'systemConfiguration',
  'reproductionSteps',
] as const;
export type TIncidentDetailField = (typeof incidentDetailFields)[number];

/** Human labels of the detail fields (emails and the case view). */
export const incidentDetailLabels: Record<TIncidentDetailField, string> = {
  example: 'a specific example of the problem',
  context: 'the context in which it happens',
  systemConfiguration: 'the system configuration',
  reproductionSteps: 'the steps to reproduce it',
};

/** Which intake rule of a pack asks for which details (IVA-23 `detailed-information`). */
const requiredByRule: Record<string, readonly TIncidentDetailField[]> = {
  'detailed-information': incidentDetailFields,
};

/** The detail fields the pack's intake rules require, in a stable order. */
export function requiredIncidentDetails(policy: TPolicy): TIncidentDetailField[] {
  const required = new Set<TIncidentDetailField>();
  for (const rule of policy.intake) for (const field of requiredByRule[rule.id] ?? []) required.add(field);
  return incidentDetailFields.filter((field) => required.has(field));
}

/** The required fields that `details` lacks (empty or blank values count as missing). */
export function missingIncidentDetails(
  policy: TPolicy,
  details: Partial<Record<string, unknown>>,
): TIncidentDetailField[] {
  return missingOf(requiredIncidentDetails(policy), details);
}

/** Of the `required` fields, those `details` lacks (empty or blank values count as missing). */
export function missingOf<T extends string>(
  required: readonly T[],
  details: Partial<Record<string, unknown>>,
): T[] {
  return required.filter((field) => {
    const value = details[field];
    return typeof value !== 'string' || value.trim() === '';
  });
}
