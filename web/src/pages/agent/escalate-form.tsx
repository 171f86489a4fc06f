import { type FormEvent, useState } from 'react';
import { describeError } from '../../api/api-error.js';
import type { TCase } from '../../api/case-types.js';
import { useApiMutation } from '../../api/use-api.js';
import { usePack } from '../../api/use-pack.js';

const topTier = 3;

type TEscalation = { tier: number; reason: string; category?: string; evidence?: string[] };

/**
 * Escalate up the support tiers with a reason; a tier with categories in the pack (Imprivata Tier 3,
 * IMP-58) asks for one and the evidence engineering needs.
 */
export function EscalateForm({ item }: { item: TCase }) {
  const pack = usePack(item.packId);
  const [tier, setTier] = useState(item.tier + 1);
  const [reason, setReason] = useState('');
  const [categoryChoice, setCategory] = useState<string>('');
  const [evidence, setEvidence] = useState<string[]>([]);
  const escalate = useApiMutation<TEscalation, TCase>('POST', `/cases/${item.id}/escalate`, [['cases']]);
  if (item.tier >= topTier)
    return <p className="muted">The case is at Tier {item.tier}, the highest tier.</p>;
  const tiers = Array.from({ length: topTier - item.tier }, (_, index) => item.tier + 1 + index);
  const chosen = Math.max(tier, item.tier + 1);
  const target = pack.data?.escalationTiers?.[chosen - 1];
  const categories = target?.categories ?? [];
  const category = categoryChoice || categories[0]?.id || '';
  const needs = categories.find((candidate) => candidate.id === category)?.needsOneOf ?? [];

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body: TEscalation = { tier: chosen, reason: reason.trim() };
    if (categories.length > 0) Object.assign(body, { category, evidence });
    await escalate.mutateAsync(body).then(
      () => {
        setReason('');
        setEvidence([]);
      },
      () => undefined,
    );
  }

  function toggle(item: string, on: boolean) {
    setEvidence((current) => (on ? [...current, item] : current.filter((entry) => entry !== item)));
  }

  return (
    <form className="action-group" onSubmit={submit} aria-labelledby={`escalate-${item.id}`}>
      <h3 className="action-group__title" id={`escalate-${item.id}`}>
        Escalate from Tier {item.tier}
      </h3>
      <div className="actions">
        <div className="field field--inline">
          <label htmlFor="escalate-tier">To tier</label>
          <select id="escalate-tier" value={chosen} onChange={(event) => setTier(Number(event.target.value))}>
            {tiers.map((candidate) => (
              <option key={candidate} value={candidate}>
                Tier {candidate}
              </option>
            ))}
          </select>
        </div>
        <div className="field field--grow">
          <label htmlFor="escalate-reason">Reason</label>
          <input
            id="escalate-reason"
            required
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        </div>
      </div>
      {target && categories.length > 0 && (
        <fieldset className="field">
          <legend>{target.name}: category and what engineering needs</legend>
          <select
            id="escalate-category"
            aria-label={`Tier ${chosen} category`}
            value={category}
            onChange={(event) => setCategory(event.target.value)}
          >
            {categories.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.name}
              </option>
            ))}
          </select>
          {needs.length > 0 && <p className="muted">Needs one of the items below.</p>}
          {target.evidence.map(({ id, name }) => (
            <label key={id} className="checkbox">
              <input
                type="checkbox"
                checked={evidence.includes(id)}
                onChange={(event) => toggle(id, event.target.checked)}
              />
              {name}
              {needs.includes(id) ? ' (accepted)' : ''}
            </label>
          ))}
        </fieldset>
      )}
      <div className="actions">
        <button type="submit" className="button" disabled={escalate.isPending || reason.trim() === ''}>
          Escalate to Tier {chosen}
        </button>
      </div>
      {escalate.isError && (
        <div className="alert alert--error" role="alert">
          {describeError(escalate.error)}
        </div>
      )}
    </form>
  );
}
