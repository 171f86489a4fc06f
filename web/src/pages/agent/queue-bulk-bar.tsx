import { useState } from 'react';
import type { TAssignee } from '../../api/case-types.js';
import { caseStatuses, describeStatus } from '../../lib/case-labels.js';

export type TBulkChange = { assigneeId?: string | null; status?: string };

/** Bulk actions on the selected cases: assign (or unassign) and/or move the status. */
export function QueueBulkBar({
  count,
  assignees,
  meId,
  busy,
  onApply,
  onClear,
}: {
  count: number;
  assignees: readonly TAssignee[];
  meId: string | undefined;
  busy: boolean;
  onApply: (change: TBulkChange) => void;
  onClear: () => void;
}) {
  const [assignee, setAssignee] = useState('');
  const [status, setStatus] = useState('');
  if (count === 0) return null;
  const change: TBulkChange = {
    ...(assignee === '' ? {} : { assigneeId: assignee === 'none' ? null : assignee }),
    ...(status === '' ? {} : { status }),
  };
  return (
    <fieldset className="bulk-bar">
      <legend>{count} selected</legend>
      <div className="field field--inline">
        <label htmlFor="bulk-assignee">Assign to</label>
        <select id="bulk-assignee" value={assignee} onChange={(event) => setAssignee(event.target.value)}>
          <option value="">Keep</option>
          {meId && <option value={meId}>Me</option>}
          <option value="none">Nobody (unassign)</option>
          {assignees
            .filter((item) => item.id !== meId)
            .map((item) => (
              <option key={item.id} value={item.id}>
                {item.name}
              </option>
            ))}
        </select>
      </div>
      <div className="field field--inline">
        <label htmlFor="bulk-status">Set status</label>
        <select id="bulk-status" value={status} onChange={(event) => setStatus(event.target.value)}>
          <option value="">Keep</option>
          {caseStatuses.map((value) => (
            <option key={value} value={value}>
              {describeStatus(value)}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        className="button button--primary"
        disabled={busy || Object.keys(change).length === 0}
        onClick={() => onApply(change)}
      >
        Apply to {count} {count === 1 ? 'case' : 'cases'}
      </button>
      <button type="button" className="button button--ghost" onClick={onClear}>
        Clear selection
      </button>
    </fieldset>
  );
}
