import { type FormEvent, useState } from 'react';
import { useApiQuery } from '../../api/use-api.js';
import { QueryState } from '../../components/query-state.js';
import { formatLocalDate } from '../../lib/format-date.js';

type TAssessment = {
  release: string;
  requiredModel: string | null;
  accounts: {
    accountId: string;
    accountName: string;
    plan: string | null;
    entitlementStatus: string;
    appliances: {
      applianceId: string;
      serial: string;
      model: string;
      outcome: 'free_pair' | 'quote';
      clause: string;
      reason: string;
      warrantyEnd: string | null;
    }[];
    quote: { totalMinor: number; currency: string } | null;
    unpriced: string[];
  }[];
};

const money = (minor: number, currency: string) => `${(minor / 100).toFixed(2)} ${currency}`;

/** A release that needs a later appliance model: which accounts get a free pair and which a quote. */
export function ModelUpgradePanel() {
  const [packId, setPackId] = useState('imprivata-onesign');
  const [release, setRelease] = useState('');
  const [asked, setAsked] = useState<{ packId: string; release: string } | null>(null);
  const assessment = useApiQuery<TAssessment>(['rma', 'model-upgrades'], '/rma/model-upgrades', asked ?? {}, {
    enabled: asked !== null,
  });
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAsked({ packId, release });
  }
  return (
    <section className="panel" aria-labelledby="model-upgrade-title">
      <h2 id="model-upgrade-title">Release needs a later model</h2>
      <form className="actions" onSubmit={submit} aria-label="Assess a release">
        <div className="field">
          <label htmlFor="mu-pack">Pack</label>
          <input id="mu-pack" required value={packId} onChange={(e) => setPackId(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="mu-release">Release</label>
          <input id="mu-release" required value={release} onChange={(e) => setRelease(e.target.value)} />
        </div>
        <button type="submit" className="button">
          Assess accounts
        </button>
      </form>
      {asked && (
        <QueryState query={assessment}>
          {(data) =>
            data.requiredModel === null ? (
              <p>Release {data.release} declares no minimum appliance model.</p>
            ) : data.accounts.length === 0 ? (
              <p>No account runs an appliance older than model {data.requiredModel}.</p>
            ) : (
              <table className="table">
                <caption className="table__caption">
                  Release {data.release} needs model {data.requiredModel}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Account</th>
                    <th scope="col">Appliance</th>
                    <th scope="col">Outcome</th>
                    <th scope="col">Warranty end</th>
                    <th scope="col">Quote total</th>
                  </tr>
                </thead>
                <tbody>
                  {data.accounts.flatMap((account) =>
                    account.appliances.map((a, i) => (
                      <tr key={a.applianceId}>
                        <td>
                          {i === 0
                            ? `${account.accountName} (${account.plan ?? 'no plan'}, ${account.entitlementStatus})`
                            : ''}
                        </td>
                        <td>
                          {a.serial} ({a.model})
                        </td>
                        <td title={a.reason}>
                          {a.outcome === 'free_pair' ? 'Free replacement pair' : 'Quote'} — {a.clause}
                        </td>
                        <td>{a.warrantyEnd ? formatLocalDate(a.warrantyEnd) : 'New, from shipment'}</td>
                        <td>
                          {i === 0 && account.quote
                            ? money(account.quote.totalMinor, account.quote.currency)
                            : ''}
                          {i === 0 && account.unpriced.length > 0
                            ? ` (no price for ${account.unpriced.join(', ')})`
                            : ''}
                        </td>
                      </tr>
                    )),
                  )}
                </tbody>
              </table>
            )
          }
        </QueryState>
      )}
    </section>
  );
}
