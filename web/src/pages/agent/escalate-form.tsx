import { type FormEvent, useState } from 'react';
import { describeError } from '../../api/api-error.js';
import type { TCase } from '../../api/case-types.js';
import { useApiMutation } from '../../api/use-api.js';

const topTier = 3;

/** Escalate to the next support tier, with a reason. */
export function EscalateForm({ item }: { item: TCase }) {
  const [reason, setReason] = useState('');
  const escalate = useApiMutation<{ reason: string }, TCase>('POST', `/cases/${item.id}/escalate`, [
    ['cases'],
  ]);
  if (item.tier >= topTier)
    return <p className="muted">The case is at Tier {item.tier}, the highest tier.</p>;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await escalate.mutateAsync({ reason: reason.trim() }).then(
      () => setReason(''),
      () => undefined,
    );
  }

  return (
    <form className="action-group" onSubmit={submit} aria-labelledby={`escalate-${item.id}`}>
      <h3 className="action-group__title" id={`escalate-${item.id}`}>
        Escalate to Tier {item.tier + 1}
      </h3>
      <div className="actions">
        <div className="field field--grow">
          <label htmlFor="escalate-reason">Reason</label>
          <input
            id="escalate-reason"
            required
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        </div>
        <button type="submit" className="button" disabled={escalate.isPending || reason.trim() === ''}>
          Escalate
        </button>
      </div>
      {escalate.isError && (
        <div className="alert alert--error" role="alert">
          {describeError(escalate.error)}
        </div>
      )}
    </form>
  );
}
