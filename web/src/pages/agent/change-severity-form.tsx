import { type FormEvent, useState } from 'react';
import { describeError } from '../../api/api-error.js';
import type { TCase } from '../../api/case-types.js';
import { useApiMutation } from '../../api/use-api.js';
import { usePack } from '../../api/use-pack.js';

/** Agreed severity change (IVA-24) with a reason; the API re-times the milestones. */
export function ChangeSeverityForm({ item }: { item: TCase }) {
  const pack = usePack(item.packId);
  const [severity, setSeverity] = useState(item.severity);
  const [reason, setReason] = useState('');
  const change = useApiMutation<{ severity: string; reason: string }, TCase>(
    'POST',
    `/cases/${item.id}/severity`,
    [['cases']],
  );

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await change.mutateAsync({ severity, reason: reason.trim() }).then(
      () => setReason(''),
      () => undefined,
    );
  }

  return (
    <form className="action-group" onSubmit={submit} aria-labelledby={`severity-${item.id}`}>
      <h3 className="action-group__title" id={`severity-${item.id}`}>
        Change severity
      </h3>
      <div className="actions">
        <div className="field field--inline">
          <label htmlFor="severity-new">New severity</label>
          <select id="severity-new" value={severity} onChange={(event) => setSeverity(event.target.value)}>
            {(pack.data?.severities ?? [{ id: item.severity, name: '' }]).map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.id} {candidate.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field field--grow">
          <label htmlFor="severity-reason">Reason (agreed with the customer)</label>
          <input
            id="severity-reason"
            required
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        </div>
        <button
          type="submit"
          className="button"
          disabled={change.isPending || severity === item.severity || reason.trim() === ''}
        >
          Change severity
        </button>
      </div>
      {change.isError && (
        <div className="alert alert--error" role="alert">
          {describeError(change.error)}
        </div>
      )}
    </form>
  );
}
