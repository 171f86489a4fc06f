import { useState } from 'react';
import { describeError } from '../../api/api-error.js';
import { useApiMutation, useApiQuery } from '../../api/use-api.js';
import { InstantTime } from '../../components/instant-time.js';
import { QueryState } from '../../components/query-state.js';
import type { TWebhookDelivery, TWebhookEndpoint } from './webhook-types.js';

/** The delivery log of one endpoint: status, attempts, response code, and a replay button. */
export function WebhookDeliveries({ endpoint }: { endpoint: TWebhookEndpoint }) {
  const deliveries = useApiQuery<{ items: TWebhookDelivery[] }>(
    ['webhooks', endpoint.id, 'deliveries'],
    `/webhooks/${endpoint.id}/deliveries`,
    { limit: 50 },
  );
  return (
    <section className="panel" aria-labelledby="deliveries-heading">
      <h2 id="deliveries-heading">Deliveries to {endpoint.url}</h2>
      <QueryState query={deliveries}>
        {(data) =>
          data.items.length === 0 ? (
            <p>No deliveries yet.</p>
          ) : (
            <div className="scroll-x">
              <table className="table">
                <caption className="table__caption">Newest first</caption>
                <thead>
                  <tr>
                    <th scope="col">Event</th>
                    <th scope="col">Created</th>
                    <th scope="col">Status</th>
                    <th scope="col">Attempts</th>
                    <th scope="col">Response</th>
                    <th scope="col">Actions</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((delivery) => (
                    <DeliveryRow key={delivery.id} endpointId={endpoint.id} delivery={delivery} />
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </QueryState>
    </section>
  );
}

function DeliveryRow({ endpointId, delivery }: { endpointId: string; delivery: TWebhookDelivery }) {
  const [message, setMessage] = useState<string | null>(null);
  const replay = useApiMutation<Record<string, never>, TWebhookDelivery>(
    'POST',
    `/webhooks/deliveries/${delivery.id}/replay`,
    [['webhooks', endpointId, 'deliveries']],
  );
  return (
    <tr>
      <th scope="row">
        {delivery.eventType}
        {delivery.replayOf && <div className="muted">replay</div>}
      </th>
      <td>
        <InstantTime value={delivery.createdAt} />
      </td>
      <td>
        <span className="badge">{delivery.status}</span>
      </td>
      <td>{delivery.attempts}</td>
      <td>
        {delivery.lastStatusCode ?? '—'}
        {delivery.lastError && <div className="muted">{delivery.lastError}</div>}
      </td>
      <td>
        <button
          type="button"
          className="button"
          disabled={replay.isPending}
          aria-label={`Replay ${delivery.eventType} delivery`}
          onClick={() =>
            replay.mutateAsync({}).then(
              () => setMessage('Queued again'),
              (error) => setMessage(describeError(error)),
            )
          }
        >
          Replay
        </button>
        {message && <span role="status"> {message}</span>}
      </td>
    </tr>
  );
}
