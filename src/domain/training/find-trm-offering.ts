import { AppError } from '../../lib/app-error.js';
import type { TTrmOffering, TTrmRules } from './trm-types.js';

/** The pack's TRM offering by id (IVA-41), or `trm.unknown_offering`. */
export function findTrmOffering(rules: TTrmRules, id: string): TTrmOffering {
  const offering = rules.offerings.find((o) => o.id === id);
  if (!offering)
    throw new AppError(
      'trm.unknown_offering',
      `Unknown TRM offering "${id}" (known: ${rules.offerings.map((o) => o.id).join(', ')})`,
    );
  return offering;
}
