import { z } from 'zod';
import type { TPolicy } from '../../domain/packs/schema.js';
import { missingIncidentDetails } from '../../domain/workflow/incident-details.js';
import { AppError } from '../../lib/app-error.js';

/** Incident details a pack may require at intake (IVA-23: example, context, configuration, steps). */
export const ZIncidentDetails = z.strictObject({
  example: z.string().trim().min(1).max(10_000).optional(),
  context: z.string().trim().min(1).max(10_000).optional(),
  systemConfiguration: z.string().trim().min(1).max(10_000).optional(),
  reproductionSteps: z.string().trim().min(1).max(10_000).optional(),
});
export type TIncidentDetails = z.infer<typeof ZIncidentDetails>;

/**
 * The details, or 400 naming each field the pack's intake rules require and the input lacks. With
 * `allowMissing` (vendor intake by phone or email), missing details are accepted and tracked on the
 * case until the customer supplies them.
 */
export function checkIncidentDetails(
  policy: TPolicy,
  details: TIncidentDetails,
  options: { allowMissing?: boolean } = {},
): TIncidentDetails {
  const missing = missingIncidentDetails(policy, details);
  if (missing.length > 0 && !options.allowMissing) {
    throw new AppError(
      'case.details_required',
      `${policy.name} requires incident details: ${missing.join(', ')}`,
      missing.map((field) => ({ field: `details.${field}`, message: 'required by the policy pack' })),
    );
  }
  return details;
}
