import { useState } from 'react';
import type { TTrmSubscription, TUsageList } from '../api/training-types.js';
import { useAccountNames } from '../api/use-account-names.js';
import { useApiQuery } from '../api/use-api.js';
import { UsageChart } from '../components/charts/usage-chart.js';
import { QueryState } from '../components/query-state.js';
import { formatLocalDate } from '../lib/format-date.js';
import { usePageTitle } from '../lib/use-page-title.js';

/** The vendor's TRM view: every customer's balance; and one account's usage data as a chart. */
export function AgentTrainingPage() {
  usePageTitle('TRM & usage');
  const trm = useApiQuery<{ items: TTrmSubscription[] }>(['trm'], '/trm/subscriptions');
  const names = useAccountNames(true);
  const [accountId, setAccountId] = useState('');
  const usage = useApiQuery<TUsageList>(
    ['usage', accountId],
    '/usage/summaries',
    { accountId },
    {
      enabled: accountId !== '',
    },
  );
  return (
    <>
      <h1>TRM &amp; usage</h1>
      <QueryState query={trm}>
        {(page) =>
          page.items.length === 0 ? (
            <p>No TRM subscriptions yet.</p>
          ) : (
            <table className="table">
              <caption className="table__caption">TRM balances by customer</caption>
              <thead>
                <tr>
                  <th scope="col">Account</th>
                  <th scope="col">Offering</th>
                  <th scope="col">Current term</th>
                  <th scope="col">Days left</th>
                  <th scope="col">On-site left</th>
                  <th scope="col">Vouchers left</th>
                  <th scope="col">Renewal</th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((s) => (
                  <tr key={s.id}>
                    <td>{s.accountName}</td>
                    <td>{s.offering}</td>
                    <td>
                      {formatLocalDate(s.period.start)} – {formatLocalDate(s.period.end)}
                    </td>
                    <td>
                      {s.remaining.days} of {s.allowance.days}
                    </td>
                    <td>
                      {s.remaining.onsiteDays} of {s.allowance.onsiteDays}
                    </td>
                    <td>
                      {s.remaining.vouchers} of {s.allowance.vouchers}
                    </td>
                    <td>
                      {s.renews
                        ? `Notice by ${formatLocalDate(s.nonRenewalDeadline)}`
                        : 'Ends with this term'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryState>
      <section className="panel" aria-labelledby="agent-usage-heading">
        <h2 id="agent-usage-heading">Usage data</h2>
        <div className="field">
          <label htmlFor="usage-account">Account</label>
          <select id="usage-account" value={accountId} onChange={(e) => setAccountId(e.target.value)}>
            <option value="">Choose…</option>
            {[...names].map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        </div>
        {accountId !== '' && (
          <QueryState query={usage}>
            {(list) =>
              list.items.length === 0 ? (
                <p>No usage data received{list.optedOutAt ? ' (the account opted out)' : ''}.</p>
              ) : (
                <UsageChart days={list.items} />
              )
            }
          </QueryState>
        )}
      </section>
    </>
  );
}
