import type { TDb } from '../../db/schema.js';
import type { TAccountRow } from '../../db/schema-records.js';
import type { TPolicy } from '../../domain/packs/schema.js';
import { AppError } from '../../lib/app-error.js';
import type { TActor } from '../../policies/actor.js';
import { findVendorUserIds } from '../../repositories/case-routing-repository.js';

/**
 * IVA-25: on a plan whose pack says `assigned_engineer` (Ivanti Premium), a new case goes to the
 * account's Assigned Support Engineer; when that engineer is disabled or marked away
 * (`users.away_until` in the future), to the back-up engineer; with neither available, unassigned.
 * `available` are the account's engineers that can take a case now (`findOpeningContext`).
 */
export function chooseAssignedEngineer(
  policy: TPolicy,
  plan: string,
  account: Pick<TAccountRow, 'assigned_engineer_id' | 'backup_engineer_id'>,
  available: readonly { id: string; email: string }[],
): { id: string; email: string } | null {
  if (!policy.plans.find((candidate) => candidate.id === plan)?.assigned_engineer) return null;
  for (const id of [account.assigned_engineer_id, account.backup_engineer_id]) {
    const engineer = available.find((candidate) => candidate.id === id);
    if (engineer) return engineer;
  }
  return null;
}

/** Record-resource `prepare` for accounts: the assigned and back-up engineers must be vendor users. */
export async function checkAccountEngineers(
  db: TDb,
  actor: TActor,
  values: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const fields = [
    ['assigned_engineer_id', 'assignedEngineerId'],
    ['backup_engineer_id', 'backupEngineerId'],
  ] as const;
  const touches = fields.some(([column]) => values[column] !== undefined);
  if (touches && actor.kind === 'user' && actor.role !== 'vendor_admin') {
    throw new AppError('auth.forbidden', 'Only a vendor admin assigns support engineers');
  }
  const tenantId = actor.tenantId;
  const ids = fields.map(([column]) => values[column]).filter((id): id is string => typeof id === 'string');
  const vendorUsers = await findVendorUserIds(db, tenantId, ids);
  for (const [column, field] of fields) {
    const id = values[column];
    if (typeof id === 'string' && !vendorUsers.has(id)) {
      throw new AppError('account.invalid_engineer', 'The engineer must be a vendor user of this tenant', [
        { field, message: 'no such vendor user' },
      ]);
    }
  }
  return values;
}
