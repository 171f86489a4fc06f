import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { normalisePack } from '../../api/normalise-pack.js';
import type { TPackDetail } from '../../api/pack-types.js';
import { useAuth } from '../../auth/auth-context.js';
import { Fact } from '../../components/fact.js';
import { QueryState } from '../../components/query-state.js';
import { SlaMatrix } from '../../components/sla-matrix.js';
import { humanise } from '../../lib/case-labels.js';
import { formatLocalDate } from '../../lib/format-date.js';
import { usePageTitle } from '../../lib/use-page-title.js';
import { AdminPackVersions } from './admin-pack-versions.js';

/**
 * One pack: plans, severities, centres (with a link to each month calendar), the SLA matrix and its
 * versions; `?view=<version>` shows that version instead of the built-in pack.
 */
export function AdminPackDetail() {
  const { packId = '' } = useParams();
  const [search] = useSearchParams();
  const view = search.get('view') ?? undefined;
  const { client } = useAuth();
  const pack = useQuery({
    queryKey: ['packs', packId, 'view', view ?? ''],
    queryFn: async () =>
      normalisePack(
        await client.get<unknown>(`/packs/${encodeURIComponent(packId)}`, {
          query: view ? { version: view } : {},
        }),
      ),
    enabled: packId !== '',
  });
  usePageTitle(pack.data?.name ?? 'Policy pack');
  return (
    <>
      <p className="breadcrumb">
        <Link to="/admin/packs">← Policy packs</Link>
      </p>
      {view && (
        <p className="alert alert--ok" role="status">
          Showing version {view}.{' '}
          <Link to={`/admin/packs/${encodeURIComponent(packId)}`}>Show the current pack</Link>
        </p>
      )}
      <QueryState query={pack}>{(data) => <PackDetail pack={data} />}</QueryState>
      <AdminPackVersions packId={packId} />
    </>
  );
}

function PackDetail({ pack }: { pack: TPackDetail }) {
  return (
    <>
      <h1>{pack.name}</h1>
      <dl className="facts panel">
        <Fact term="Id">{pack.id}</Fact>
        {pack.vendor && <Fact term="Vendor">{pack.vendor}</Fact>}
        <Fact term="Version">{pack.version}</Fact>
        {pack.effectiveFrom && <Fact term="Effective from">{formatLocalDate(pack.effectiveFrom)}</Fact>}
      </dl>
      <section className="panel" aria-labelledby="plans-heading">
        <h2 id="plans-heading">Plans</h2>
        <div className="scroll-x">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Plan</th>
                <th scope="col">Status</th>
                <th scope="col">Channels</th>
                <th scope="col">Named contacts</th>
                <th scope="col">Phone PIN</th>
              </tr>
            </thead>
            <tbody>
              {pack.plans.map((plan) => (
                <tr key={plan.id}>
                  <th scope="row">{plan.name}</th>
                  <td>{plan.status === 'legacy' ? 'Legacy (not sold)' : 'Sold'}</td>
                  <td>{(plan.channels ?? []).map(humanise).join(', ') || '—'}</td>
                  <td>{plan.namedContacts ?? 'No limit'}</td>
                  <td>{plan.pinRequired ? 'Required' : 'No'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section className="panel" aria-labelledby="severities-heading">
        <h2 id="severities-heading">Severities</h2>
        <dl className="definitions">
          {pack.severities.map((severity) => (
            <div key={severity.id}>
              <dt>
                <span className={`severity severity--${severity.id.toLowerCase()}`}>{severity.id}</span>{' '}
                {severity.name}
                {severity.emergency && !/emergency/i.test(severity.name) && (
                  <span className="badge">Emergency</span>
                )}
              </dt>
              <dd>{severity.definition ?? severity.impact}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section className="panel" aria-labelledby="matrix-heading">
        <h2 id="matrix-heading">SLA matrix</h2>
        <SlaMatrix pack={pack} />
      </section>
      <section className="panel" aria-labelledby="centres-heading">
        <h2 id="centres-heading">Support centres</h2>
        <ul className="centre-list">
          {pack.centres.map((centre) => (
            <li key={centre.id}>
              <Link
                to={`/admin/calendars?pack=${encodeURIComponent(pack.id)}&centre=${encodeURIComponent(centre.id)}`}
              >
                {centre.name}
              </Link>{' '}
              <span className="muted">
                {centre.timezone}
                {centre.serves ? ` · serves ${centre.serves}` : ''}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
