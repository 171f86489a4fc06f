import { getBuiltInPack, hasBuiltInPack } from '../packs/registry.js';
import { missingOf, requiredIncidentDetails } from './incident-details.js';

type TCaseDetailsRow = { pack_id: string; details: unknown; required_details: string[] | null };

/**
 * The incident details a case's pack version requires: stored on the case when it opened; for cases
 * opened before that, those of the built-in pack with its id (none for a tenant's own pack).
 */
export function requiredDetailsOfCase(row: TCaseDetailsRow): string[] {
  if (row.required_details !== null) return row.required_details;
  if (!hasBuiltInPack(row.pack_id)) return [];
  return requiredIncidentDetails(getBuiltInPack(row.pack_id));
}

/** The required details the case still lacks. */
export function missingDetailsOfCase(row: TCaseDetailsRow): string[] {
  return missingOf(requiredDetailsOfCase(row), (row.details ?? {}) as Record<string, unknown>);
}
