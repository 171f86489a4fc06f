import { useApiQuery } from '../../api/use-api.js';
import { useAuth } from '../../auth/auth-context.js';
import { QueryState } from '../../components/query-state.js';
import { formatLocalDate } from '../../lib/format-date.js';

type THealthChecks = {
  accountId: string;
  checks: {
    id: string;
    label: string;
    description: string;
    status: 'met' | 'not_met' | 'unknown';
    note: string;
    updatedAt: string | null;
  }[];
};
const statusLabels = { met: 'Met', not_met: 'Not met', unknown: 'Not yet reviewed' } as const;

/** The customer's responsibilities (IMP-62) as the vendor last reviewed them. */
export function HealthChecksPanel() {
  const { user } = useAuth();
  const accountId = user?.accountId ?? '';
  const health = useApiQuery<THealthChecks>(
    ['health-checks', accountId],
    `/accounts/${accountId}/health-checks`,
    undefined,
    {
      enabled: accountId !== '',
    },
  );
  if (!accountId) return null;
  return (
    <section className="panel" aria-labelledby="health-heading">
      <h2 id="health-heading">Your responsibilities</h2>
      <p>What your support policy asks of your organisation, as last reviewed by our support team.</p>
      <QueryState query={health}>
        {(data) => (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Check</th>
                <th scope="col">Status</th>
                <th scope="col">Note</th>
              </tr>
            </thead>
            <tbody>
              {data.checks.map((c) => (
                <tr key={c.id}>
                  <td>
                    {c.label}
                    <br />
                    <span className="muted">{c.description}</span>
                  </td>
                  <td>
                    {statusLabels[c.status]}
                    {c.updatedAt ? ` (${formatLocalDate(c.updatedAt.slice(0, 10))})` : ''}
                  </td>
                  <td>{c.note || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryState>
    </section>
  );
}
