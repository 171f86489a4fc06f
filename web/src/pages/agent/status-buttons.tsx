import { describeError } from '../../api/api-error.js';
import type { TCase, TCaseStatus } from '../../api/case-types.js';
import { useApiMutation } from '../../api/use-api.js';

const transitions: readonly { action: string; to: TCaseStatus; label: string }[] = [
  { action: 'start', to: 'in_progress', label: 'Start work' },
  { action: 'wait_on_customer', to: 'waiting_on_customer', label: 'Wait on customer' },
  { action: 'resolve', to: 'resolved', label: 'Resolve' },
  { action: 'reopen', to: 'in_progress', label: 'Reopen' },
  { action: 'close', to: 'closed', label: 'Close' },
];

/** One button per status change the API allows now. */
export function StatusButtons({ item, allowed }: { item: TCase; allowed: ReadonlySet<string> }) {
  const change = useApiMutation<{ status: TCaseStatus }, TCase>('PATCH', `/cases/${item.id}`, [['cases']]);
  const available = transitions.filter((transition) => allowed.has(transition.action));
  if (available.length === 0) return null;
  return (
    <div className="action-group">
      <h3 className="action-group__title">Status</h3>
      <div className="actions">
        {available.map((transition) => (
          <button
            key={transition.action}
            type="button"
            className="button"
            disabled={change.isPending}
            onClick={() => change.mutate({ status: transition.to })}
          >
            {transition.label}
          </button>
        ))}
      </div>
      {change.isError && (
        <div className="alert alert--error" role="alert">
          {describeError(change.error)}
        </div>
      )}
    </div>
  );
}
