import { useState } from 'react';
import { rmaTypeLabels, type TRma } from '../api/rma-types.js';
import { useAccountNames } from '../api/use-account-names.js';
import { useApiQuery } from '../api/use-api.js';
import { InstantTime } from '../components/instant-time.js';
import { QueryState } from '../components/query-state.js';
import { usePageTitle } from '../lib/use-page-title.js';
import { HardwareFindingForm } from './rma/hardware-finding-form.js';
import { ModelUpgradePanel } from './rma/model-upgrade-panel.js';
import { RmaDetail } from './rma/rma-detail.js';

/** The vendor's RMA queue (open first, by next deadline), one RMA's detail, and the hardware-finding form. */
export function AgentRmasPage() {
  usePageTitle('RMAs');
  const queue = useApiQuery<{ items: TRma[] }>(['rmas'], '/rmas', { limit: 200 });
  const names = useAccountNames(true);
  const [selected, setSelected] = useState<string | null>(null);
  return (
    <>
      <h1>RMAs</h1>
      <QueryState query={queue}>
        {(page) =>
          page.items.length === 0 ? (
            <p>No RMAs yet.</p>
          ) : (
            <table className="table">
              <caption className="table__caption">RMA queue — open first, by next deadline</caption>
              <thead>
                <tr>
                  <th scope="col">Account</th>
                  <th scope="col">Type</th>
                  <th scope="col">Status</th>
                  <th scope="col">Next deadline</th>
                  <th scope="col">Flags</th>
                  <th scope="col">
                    <span className="visually-hidden">Details</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((rma) => (
                  <tr key={rma.id} aria-selected={selected === rma.id}>
                    <td>{names.get(rma.accountId) ?? rma.accountId.slice(0, 8)}</td>
                    <td>{rmaTypeLabels[rma.type]}</td>
                    <td>{rma.status}</td>
                    <td>{rma.nextDeadline ? <InstantTime value={rma.nextDeadline} /> : '—'}</td>
                    <td>{rma.flags.join(', ') || '—'}</td>
                    <td>
                      <button type="button" className="button" onClick={() => setSelected(rma.id)}>
                        Details
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryState>
      {selected && <RmaDetail rmaId={selected} />}
      <HardwareFindingForm onOpened={(rma) => setSelected(rma.id)} />
      <ModelUpgradePanel />
    </>
  );
}
