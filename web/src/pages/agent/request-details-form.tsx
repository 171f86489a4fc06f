import { type FormEvent, useState } from 'react';
import { describeError } from '../../api/api-error.js';
import { useApiMutation } from '../../api/use-api.js';
import { detailLabels, type TCaseWorkflow } from './case-workflow-types.js';

/** Ask the customer for the incident details the pack requires and the case lacks (IVA-23). */
export function RequestDetailsForm({ item }: { item: TCaseWorkflow }) {
  const [message, setMessage] = useState('');
  const request = useApiMutation<{ message?: string }, unknown>('POST', `/cases/${item.id}/request-details`, [
    ['cases'],
  ]);
  const missing = item.missingDetails ?? [];

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await request.mutateAsync(message.trim() ? { message: message.trim() } : {}).then(
      () => setMessage(''),
      () => undefined,
    );
  }

  return (
    <form className="action-group" onSubmit={submit} aria-labelledby={`details-${item.id}`}>
      <h3 className="action-group__title" id={`details-${item.id}`}>
        Request incident details
      </h3>
      <p className="muted">Missing: {missing.map((field) => detailLabels[field] ?? field).join(', ')}</p>
      <div className="actions">
        <div className="field field--grow">
          <label htmlFor="details-message">Message to the customer (optional)</label>
          <input id="details-message" value={message} onChange={(event) => setMessage(event.target.value)} />
        </div>
        <button type="submit" className="button" disabled={request.isPending}>
          Ask the customer
        </button>
      </div>
      {request.isSuccess && <p role="status">Request sent to the customer.</p>}
      {request.isError && (
        <div className="alert alert--error" role="alert">
          {describeError(request.error)}
        </div>
      )}
    </form>
  );
}
