import { useState } from 'react';
import type { TPage } from '../../api/case-types.js';
import type { TAccount } from '../../api/record-types.js';
import { useApiQuery } from '../../api/use-api.js';
import { QueryState } from '../../components/query-state.js';
import { usePageTitle } from '../../lib/use-page-title.js';
import { PhoneIntakeCaseForm } from './phone-intake-case-form.js';
import { PhoneIntakePin, type TPinVerification } from './phone-intake-pin.js';

/**
 * /agent/phone-intake: an agent logs a call — find the caller's account, check the Premium Support
 * PIN (verified, wrong or locked), then open the case with the SLA preview the call will get.
 */
export function PhoneIntakePage() {
  usePageTitle('Phone intake');
  const accounts = useApiQuery<TPage<TAccount>>(['accounts', 'phone-intake'], '/accounts', {
    limit: 100,
    sort: 'name',
  });
  const [accountId, setAccountId] = useState<string>();
  const [verification, setVerification] = useState<TPinVerification>();
  return (
    <>
      <div className="page-header">
        <h1>Phone intake</h1>
      </div>
      <QueryState query={accounts}>
        {(page) => {
          const account = page.items.find((item) => item.id === accountId);
          return (
            <>
              <AccountSearch
                accounts={page.items}
                value={accountId}
                onChange={(id) => {
                  setAccountId(id);
                  setVerification(undefined);
                }}
              />
              {account && (
                <>
                  <PhoneIntakePin
                    key={`pin-${account.id}`}
                    account={account}
                    verification={verification}
                    onVerified={setVerification}
                  />
                  <PhoneIntakeCaseForm
                    key={`case-${account.id}`}
                    account={account}
                    verification={verification}
                  />
                </>
              )}
            </>
          );
        }}
      </QueryState>
    </>
  );
}

function AccountSearch({
  accounts,
  value,
  onChange,
}: {
  accounts: readonly TAccount[];
  value: string | undefined;
  onChange: (id: string) => void;
}) {
  const [search, setSearch] = useState('');
  const term = search.trim().toLowerCase();
  const matches = accounts
    .filter((account) => term === '' || account.name.toLowerCase().includes(term))
    .slice(0, 8);
  return (
    <section className="panel" aria-labelledby="intake-account-heading">
      <h2 id="intake-account-heading">1. Caller’s account</h2>
      <div className="field">
        <label htmlFor="intake-account-search">Search accounts by name</label>
        <input
          id="intake-account-search"
          type="search"
          value={search}
          autoComplete="off"
          onChange={(event) => setSearch(event.target.value)}
        />
      </div>
      {matches.length === 0 ? (
        <p className="muted">No account matches “{search}”.</p>
      ) : (
        <fieldset className="segmented">
          <legend>Account</legend>
          {matches.map((account) => (
            <label key={account.id}>
              <input
                type="radio"
                name="intake-account"
                value={account.id}
                checked={value === account.id}
                onChange={() => onChange(account.id)}
              />
              {account.name} <span className="muted">({account.region})</span>
            </label>
          ))}
        </fieldset>
      )}
    </section>
  );
}
