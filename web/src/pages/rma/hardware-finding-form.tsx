import { type FormEvent, useState } from 'react';
import { describeError } from '../../api/api-error.js';
import type { TCase, TPage } from '../../api/case-types.js';
import type { TAccount } from '../../api/record-types.js';
import type { TApplianceSupport, TRma } from '../../api/rma-types.js';
import { useApiMutation, useApiQuery } from '../../api/use-api.js';

type TConclusion = 'hardware_defect' | 'excluded_cause' | 'no_defect';
const conclusionLabels: Record<TConclusion, string> = {
  hardware_defect: 'Hardware defect',
  excluded_cause: 'Excluded cause',
  no_defect: 'No defect found',
};

/**
 * Agents record the troubleshooting and the defect conclusion on a case (IMP-22), then open the RMA;
 * the API decides the type or refuses with the clause (shown as returned).
 */
export function HardwareFindingForm({ onOpened }: { onOpened: (rma: TRma) => void }) {
  const accounts = useApiQuery<TPage<TAccount>>(['accounts', 'names'], '/accounts', {
    limit: 100,
    sort: 'name',
  });
  const [accountId, setAccountId] = useState('');
  const [caseId, setCaseId] = useState('');
  const [applianceId, setApplianceId] = useState('');
  const [troubleshooting, setTroubleshooting] = useState('');
  const [conclusion, setConclusion] = useState<TConclusion>('hardware_defect');
  const [excludedCause, setExcludedCause] = useState('');
  const [onsite, setOnsite] = useState(false);
  const [destination, setDestination] = useState('');
  const cases = useApiQuery<TPage<TCase>>(
    ['cases', 'by-account', accountId],
    '/cases',
    { account: accountId, status: 'open', limit: 100 },
    { enabled: accountId !== '' },
  );
  const appliances = useApiQuery<{ items: TApplianceSupport[] }>(
    ['rma', 'appliances', accountId],
    '/rma/appliances',
    { accountId },
    { enabled: accountId !== '' },
  );
  const finding = useApiMutation<object, unknown>('POST', `/cases/${caseId}/hardware-finding`);
  const open = useApiMutation<object, TRma>('POST', '/rmas', [['rmas'], ['rma', 'appliances']]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    open.reset();
    await finding.mutateAsync({
      applianceId,
      troubleshooting,
      conclusion,
      ...(conclusion === 'excluded_cause' ? { excludedCause } : {}),
      onsiteRequested: onsite,
      destination: destination.trim() || null,
    });
  }
  async function openRma() {
    const rma = await open.mutateAsync({ caseId, applianceId, destination: destination.trim() || null });
    onOpened(rma);
  }
  return (
    <form
      className="panel form"
      aria-label="Hardware finding"
      onSubmit={(e) => void submit(e).catch(() => undefined)}
    >
      <h2>Hardware finding</h2>
      <div className="field">
        <label htmlFor="hf-account">Account</label>
        <select id="hf-account" required value={accountId} onChange={(e) => setAccountId(e.target.value)}>
          <option value="">Choose…</option>
          {(accounts.data?.items ?? []).map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="hf-case">Case</label>
        <select id="hf-case" required value={caseId} onChange={(e) => setCaseId(e.target.value)}>
          <option value="">Choose…</option>
          {(cases.data?.items ?? []).map((c) => (
            <option key={c.id} value={c.id}>
              #{c.number} {c.title}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="hf-appliance">Appliance</label>
        <select
          id="hf-appliance"
          required
          value={applianceId}
          onChange={(e) => setApplianceId(e.target.value)}
        >
          <option value="">Choose…</option>
          {(appliances.data?.items ?? []).map((a) => (
            <option key={a.id} value={a.id}>
              {a.serial} — {a.model} ({a.kind.replace('_', '-')})
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="hf-troubleshooting">Troubleshooting steps</label>
        <textarea
          id="hf-troubleshooting"
          required
          rows={3}
          value={troubleshooting}
          onChange={(e) => setTroubleshooting(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="hf-conclusion">Conclusion</label>
        <select
          id="hf-conclusion"
          value={conclusion}
          onChange={(e) => setConclusion(e.target.value as TConclusion)}
        >
          {Object.entries(conclusionLabels).map(([id, label]) => (
            <option key={id} value={id}>
              {label}
            </option>
          ))}
        </select>
      </div>
      {conclusion === 'excluded_cause' && (
        <div className="field">
          <label htmlFor="hf-cause">Excluded cause</label>
          <input id="hf-cause" value={excludedCause} onChange={(e) => setExcludedCause(e.target.value)} />
        </div>
      )}
      <div className="field">
        <label htmlFor="hf-destination">Destination country (ISO code)</label>
        <input id="hf-destination" value={destination} onChange={(e) => setDestination(e.target.value)} />
      </div>
      <label>
        <input type="checkbox" checked={onsite} onChange={(e) => setOnsite(e.target.checked)} /> Customer asks
        for on-site repair
      </label>
      <p className="actions">
        <button type="submit" className="button" disabled={finding.isPending}>
          Record finding
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={!finding.isSuccess || open.isPending}
          onClick={() => void openRma().catch(() => undefined)}
        >
          Open RMA
        </button>
      </p>
      {finding.isSuccess && <p role="status">Finding recorded.</p>}
      {[finding, open].map((m, i) =>
        m.isError ? (
          <div key={i === 0 ? 'finding' : 'open'} className="alert alert--error" role="alert">
            {describeError(m.error)}
          </div>
        ) : null,
      )}
    </form>
  );
}
