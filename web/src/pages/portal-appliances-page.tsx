import { Link } from 'react-router-dom';
import {
  deadlineLabels,
  rmaTypeLabels,
  supportLabels,
  type TApplianceSupport,
  type TRma,
} from '../api/rma-types.js';
import { useApiQuery } from '../api/use-api.js';
import { Fact } from '../components/fact.js';
import { InstantTime } from '../components/instant-time.js';
import { QueryState } from '../components/query-state.js';
import { formatLocalDate } from '../lib/format-date.js';
import { usePageTitle } from '../lib/use-page-title.js';

const kindLabels = { physical: 'Physical', virtual: 'Virtual', third_party: 'Third-party' } as const;

/** The customer's appliances: warranty end, support status, RMA requests and their deadlines. */
export function PortalAppliancesPage() {
  usePageTitle('Appliances');
  const list = useApiQuery<{ items: TApplianceSupport[] }>(['rma', 'appliances'], '/rma/appliances');
  return (
    <>
      <h1>Appliances</h1>
      <p>
        Warranty ends are computed from each unit's ship date. To return a defective unit, open a case: our
        engineers troubleshoot it with you and, when the hardware is defective, start the return.
      </p>
      <QueryState query={list}>
        {(page) =>
          page.items.length === 0 ? (
            <p>No appliances are recorded for your account.</p>
          ) : (
            <>
              <ApplianceTable items={page.items} />
              {page.items.flatMap((a) =>
                a.rmas.map((rma) => <RmaPanel key={rma.id} rma={rma} appliance={a} />),
              )}
            </>
          )
        }
      </QueryState>
    </>
  );
}

function ApplianceTable({ items }: { items: TApplianceSupport[] }) {
  return (
    <table className="table">
      <caption className="table__caption">Your appliances</caption>
      <thead>
        <tr>
          <th scope="col">Serial</th>
          <th scope="col">Product and model</th>
          <th scope="col">Kind</th>
          <th scope="col">Site</th>
          <th scope="col">Software</th>
          <th scope="col">Warranty ends</th>
          <th scope="col">Support</th>
          <th scope="col">Returns</th>
        </tr>
      </thead>
      <tbody>
        {items.map((a) => (
          <tr key={a.id}>
            <td>{a.serial}</td>
            <td>
              {a.productName ?? '—'} {a.model}
            </td>
            <td>{kindLabels[a.kind]}</td>
            <td>{a.siteName ?? '—'}</td>
            <td>{a.softwareVersion ?? '—'}</td>
            <td>{a.support.hardwareMaintenance ? formatLocalDate(a.warrantyEnd) : '—'}</td>
            <td>
              <strong>{supportLabels[a.support.status]}</strong>
              <br />
              <span className="muted">{a.support.summary}</span>
            </td>
            <td>
              <ReturnCell appliance={a} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ReturnCell({ appliance }: { appliance: TApplianceSupport }) {
  const open = appliance.rmas.find((r) => r.status === 'open');
  if (open) return <a href={`#rma-${open.id}`}>{rmaTypeLabels[open.type]} in progress</a>;
  if (!appliance.support.hardwareMaintenance) return <span className="muted">Not applicable</span>;
  const title = `Hardware fault: ${appliance.model} ${appliance.serial}`;
  return <Link to={`/portal/cases/new?title=${encodeURIComponent(title)}`}>Request an RMA</Link>;
}

/** One RMA with its deadlines and, in plain words, why each date. */
function RmaPanel({ rma, appliance }: { rma: TRma; appliance: TApplianceSupport }) {
  const detail = useApiQuery<TRma>(['rmas', rma.id], `/rmas/${rma.id}`);
  const headingId = `rma-${rma.id}`;
  return (
    <section className="panel" aria-labelledby={`${headingId}-title`} id={headingId}>
      <h2 id={`${headingId}-title`}>
        {rmaTypeLabels[rma.type]} — {appliance.model} {appliance.serial}
      </h2>
      <dl className="facts">
        <Fact term="Status">{rma.status === 'open' ? 'In progress' : 'Completed'}</Fact>
        <Fact term="Case">
          <Link to={`/portal/cases/${rma.caseId}`}>View the case</Link>
        </Fact>
        <Fact term="Shipping">{rma.shipping}</Fact>
        <Fact term="Warranty ends">{formatLocalDate(rma.warrantyEnd)}</Fact>
      </dl>
      <QueryState query={detail}>
        {(full) => (
          <>
            {(full.deadlines ?? []).map((d) => (
              <div key={d.name}>
                <h3>
                  {deadlineLabels[d.name]} <InstantTime value={d.due} />
                  {d.done ? ' — done' : ''}
                </h3>
                <ul>
                  {d.explanation.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </div>
            ))}
            {(full.notes ?? []).length > 0 && (
              <ul aria-label="Notes">
                {(full.notes ?? []).map((note) => (
                  <li key={note}>{note}</li>
                ))}
              </ul>
            )}
          </>
        )}
      </QueryState>
    </section>
  );
}
