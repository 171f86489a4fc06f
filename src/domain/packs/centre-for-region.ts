import { AppError } from '../../lib/app-error.js';
import type { TPolicy } from './schema.js';

const REGION_ALIASES: Record<string, string> = {
  americas: 'americas',
  america: 'americas',
  'north-america': 'americas',
  'south-america': 'americas',
  emea: 'emea',
  europe: 'emea',
  'middle-east': 'emea',
  africa: 'emea',
  apac: 'apac',
  'asia-pacific': 'apac',
  asia: 'apac',
  australia: 'apac',
};

/** T2: the centre that owns an account region (americas, emea, apac) in this pack. */
export function centreForRegion(policy: TPolicy, region: string): string {
  const key =
    REGION_ALIASES[
      region
        .trim()
        .toLowerCase()
        .replaceAll(/[\s_]+/g, '-')
    ] ?? region.trim().toLowerCase();
  const centre = policy.region_centres[key];
  if (!centre) {
    throw new AppError(
      'pack.unknown_region',
      `Pack ${policy.id} has no centre for region "${region}" (known: ${Object.keys(policy.region_centres).join(', ')})`,
    );
  }
  return centre;
}
