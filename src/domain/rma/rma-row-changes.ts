import type { TRmaResult } from './types.js';

/** The tracked columns of an RMA row that follow from a resolved result (deadlines, flags, next deadline). */
export function rmaRowChanges(result: TRmaResult): {
  ship_by: Date | null;
  return_due: Date | null;
  next_deadline: Date | null;
  flags: string[];
} {
  const shipBy = result.deadlines.find((d) => d.name === 'ship_by');
  const returnDue = result.deadlines.find((d) => d.name === 'return_due');
  // The next deadline still running: the earliest one whose awaited event has not happened.
  const pending = result.deadlines.filter((d) => !d.done);
  const next = pending.length > 0 ? Math.min(...pending.map((d) => d.due)) : null;
  return {
    ship_by: shipBy ? new Date(shipBy.due) : null,
    return_due: returnDue ? new Date(returnDue.due) : null,
    next_deadline: next === null ? null : new Date(next),
    flags: result.flags,
  };
}
