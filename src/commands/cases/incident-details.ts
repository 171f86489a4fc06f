import { z } from 'zod';
import type { TPolicy } from '../../domain/packs/schema.js';
import { AppError } from '../../lib/app-error.js';

/** Incident details a pack may require at intake (IVA-23: example, context, configuration, steps). */
export const ZIncidentDetails = z.strictObject({
  example: z.string().trim().min(1).max(10_000).optional(),
  context: z.string().trim().min(1).max(10_000).optional(),
  systemConfiguration: z.string().trim().min(1).max(10_000).optional(),
  reproductionSteps: z.string().trim().min(1).max(10_000).optional(),
});
export type TIncidentDetails = z.infer<typeof ZIncidentDetails>;

const requiredByRule: Record<string, readonly (keyof TIncidentDetails)[]> = {
  'detailed-information': ['example', 'context', 'systemConfiguration', 'reproductionSteps'],
};

/** The details, or 400 naming each field the pack's intake rules require and the input lacks. */
export function checkIncidentDetails(policy: TPolicy, details: TIncidentDetails): TIncidentDetails {
  const missing = new Set<keyof TIncidentDetails>();
  for (const rule of policy.intake) {
    for (const field of requiredByRule[rule.id] ?? []) if (!details[field]) missing.add(field);
  }
  if (missing.size > 0) {
    throw new AppError(
      'case.details_required',
      `${policy.name} requires incident details: ${[...missing].join(', ')}`,
      [...missing].map((field) => ({ field: `details.${field}`, message: 'required by the policy pack' })),
    );
  }
  return details;
}
