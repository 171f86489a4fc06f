import { type FormEvent, useId, useState } from 'react';
import { describeError } from '../api/api-error.js';
import { useApiMutation, useApiQuery } from '../api/use-api.js';
import { InstantTime } from '../components/instant-time.js';
import { QueryState } from '../components/query-state.js';
import { usePageTitle } from '../lib/use-page-title.js';
import { WebhookDeliveries } from './admin/webhook-deliveries.js';
import { knownEventTypes, type TWebhookEndpoint } from './admin/webhook-types.js';

/** /admin/webhooks: endpoints (add, activate/deactivate) and the delivery log with replay. */
export function AdminWebhooksPage() {
  usePageTitle('Webhooks');
  const endpoints = useApiQuery<{ items: TWebhookEndpoint[] }>(['webhooks'], '/webhooks');
  const [selected, setSelected] = useState<string | null>(null);
  return (
    <>
      <h1>Webhooks</h1>
      <AddEndpointForm />
      <section className="panel" aria-labelledby="endpoints-heading">
        <h2 id="endpoints-heading">Endpoints</h2>
        <QueryState query={endpoints}>
          {(data) =>
            data.items.length === 0 ? (
              <p>No endpoints yet.</p>
            ) : (
              <div className="scroll-x">
                <table className="table">
                  <thead>
                    <tr>
                      <th scope="col">URL</th>
                      <th scope="col">Events</th>
                      <th scope="col">State</th>
                      <th scope="col">Added</th>
                      <th scope="col">Actions</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.items.map((endpoint) => (
                      <EndpointRow
                        key={endpoint.id}
                        endpoint={endpoint}
                        onShow={() => setSelected(endpoint.id)}
                      />
                    ))}
                  </tbody>
                </table>
              </div>
            )
          }
        </QueryState>
      </section>
      {selected && endpoints.data?.items.find((item) => item.id === selected) && (
        <WebhookDeliveries
          endpoint={endpoints.data.items.find((item) => item.id === selected) as TWebhookEndpoint}
        />
      )}
    </>
  );
}

function EndpointRow({ endpoint, onShow }: { endpoint: TWebhookEndpoint; onShow: () => void }) {
  const toggle = useApiMutation<{ active: boolean }, TWebhookEndpoint>('PATCH', `/webhooks/${endpoint.id}`, [
    ['webhooks'],
  ]);
  return (
    <tr>
      <th scope="row">{endpoint.url}</th>
      <td>{endpoint.eventTypes.join(', ')}</td>
      <td>
        <span className="badge">{endpoint.active ? 'Active' : 'Inactive'}</span>
      </td>
      <td>
        <InstantTime value={endpoint.createdAt} />
      </td>
      <td>
        <span className="actions">
          <button
            type="button"
            className="button"
            disabled={toggle.isPending}
            onClick={() => toggle.mutate({ active: !endpoint.active })}
            aria-label={`${endpoint.active ? 'Deactivate' : 'Activate'} ${endpoint.url}`}
          >
            {endpoint.active ? 'Deactivate' : 'Activate'}
          </button>
          <button
            type="button"
            className="button button--ghost"
            onClick={onShow}
            aria-label={`Deliveries to ${endpoint.url}`}
          >
            Deliveries
          </button>
        </span>
      </td>
    </tr>
  );
}

function AddEndpointForm() {
  const [url, setUrl] = useState('');
  const [types, setTypes] = useState<string[]>([]);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const create = useApiMutation<{ url: string; eventTypes: string[] }, TWebhookEndpoint>(
    'POST',
    '/webhooks',
    [['webhooks']],
  );
  const ids = { url: useId(), legend: useId() };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const created = await create.mutateAsync({ url, eventTypes: types.length > 0 ? types : ['*'] });
      setMessage({ ok: true, text: `Endpoint added. Signing secret (shown once): ${created.secret ?? '—'}` });
      setUrl('');
      setTypes([]);
    } catch (error) {
      setMessage({ ok: false, text: describeError(error) });
    }
  };
  return (
    <section className="panel" aria-labelledby="add-endpoint-heading">
      <h2 id="add-endpoint-heading">Add an endpoint</h2>
      <form className="form" onSubmit={submit}>
        <div className="field">
          <label htmlFor={ids.url}>Endpoint URL</label>
          <input
            id={ids.url}
            type="url"
            required
            value={url}
            onChange={(event) => setUrl(event.target.value)}
          />
        </div>
        <fieldset className="fieldset">
          <legend>Event types (none ticked = all events)</legend>
          {knownEventTypes.map((type) => (
            <label key={type} className="checkbox">
              <input
                type="checkbox"
                checked={types.includes(type)}
                onChange={(event) =>
                  setTypes(event.target.checked ? [...types, type] : types.filter((item) => item !== type))
                }
              />{' '}
              {type}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          Add endpoint
        </button>
      </form>
      {message && (
        <p
          className={message.ok ? 'alert alert--ok' : 'alert alert--error'}
          role={message.ok ? 'status' : 'alert'}
        >
          {message.text}
        </p>
      )}
    </section>
  );
}
