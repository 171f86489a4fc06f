import { AppError } from '../../lib/app-error.js';
import { getBuiltInPack, hasBuiltInPack } from '../packs/registry.js';
import type { TTrmRules } from './trm-types.js';

/** The TRM rules of a built-in pack (Ivanti), or `trm.not_offered`. */
export function trmRulesFor(packId: string): TTrmRules {
  const trm = hasBuiltInPack(packId) ? getBuiltInPack(packId).training.trm : undefined;
  if (!trm) throw new AppError('trm.not_offered', `Pack "${packId}" has no TRM offerings`);
  return trm;
}

/** The calendar date of an instant (UTC; TRM dates are calendar dates, T8). */
export function dateOf(now: Date): string {
  return now.toISOString().slice(0, 10);
}
