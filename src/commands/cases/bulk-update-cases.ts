import type { TDb } from '../../db/schema.js';
import type { TCaseRow, TCaseStatus } from '../../db/schema-records.js';
import { AppError } from '../../lib/app-error.js';
import type { TActor } from '../../policies/actor.js';
import { updateCaseCommand } from './update-case.js';

export type TBulkCaseUpdate = {
  caseIds: string[];
  assigneeId?: string | null | undefined;
  status?: TCaseStatus | undefined;
};

export type TBulkCaseResult =
  | { caseId: string; ok: true; row: TCaseRow }
  | { caseId: string; ok: false; code: string; message: string };

/**
 * Applies one assignment and/or status change to several cases. Each case is its own transaction
 * (the single-case command with its audit record and events), so one refusal (a closed case, a
 * transition not allowed) does not undo the others; the result says which case failed and why.
 */
export async function bulkUpdateCases(
  deps: { db: TDb },
  actor: TActor,
  input: TBulkCaseUpdate,
  now: Date,
): Promise<TBulkCaseResult[]> {
  if (input.assigneeId === undefined && input.status === undefined) {
    throw new AppError('case.bulk_nothing_to_do', 'Give an assignee or a status to apply', [
      { field: 'assigneeId', message: 'give assigneeId or status' },
    ]);
  }
  const results: TBulkCaseResult[] = [];
  for (const caseId of new Set(input.caseIds)) {
    try {
      const row = await updateCaseCommand(
        deps,
        actor,
        caseId,
        { assigneeId: input.assigneeId, status: input.status },
        now,
      );
      results.push({ caseId, ok: true, row });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      results.push({ caseId, ok: false, code: error.code, message: error.message });
    }
  }
  return results;
}
