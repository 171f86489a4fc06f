import { type FormEvent, useState } from 'react';
import { describeError } from '../../api/api-error.js';
import type { TCase } from '../../api/case-types.js';
import { useApiMutation, useApiQuery } from '../../api/use-api.js';
import type { TCaseWorkflow, TRelease } from './case-workflow-types.js';

type TOutcomeBody =
  | { kind: 'product_defect'; releaseId?: string; fixVersion?: string }
  | { kind: 'configuration_change'; riskReview?: { summary: string; reviewedBy?: string }; done: boolean };

const newVersion = '__new__';

/** The investigation's conclusion (IMP-59): product defect with its fix release, or configuration change. */
export function OutcomeForm({ item }: { item: TCaseWorkflow }) {
  // Nothing is pre-selected: the agent chooses the conclusion (a pre-ticked "Product defect" with
  // "Change done" made a configuration change fail on save).
  const [kind, setKind] = useState<TOutcomeBody['kind'] | undefined>(item.outcome?.kind);
  const [releaseId, setReleaseId] = useState(
    item.outcome?.kind === 'product_defect' ? item.outcome.releaseId : newVersion,
  );
  const [fixVersion, setFixVersion] = useState('');
  const [summary, setSummary] = useState('');
  const [reviewedBy, setReviewedBy] = useState('');
  const [done, setDone] = useState(false);
  const releases = useApiQuery<{ items: TRelease[] }>(['releases'], '/releases');
  const save = useApiMutation<TOutcomeBody, TCase>('POST', `/cases/${item.id}/outcome`, [
    ['cases'],
    ['releases'],
  ]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!kind) return;
    const body: TOutcomeBody =
      kind === 'product_defect'
        ? releaseId === newVersion
          ? { kind, fixVersion: fixVersion.trim() }
          : { kind, releaseId }
        : {
            kind,
            done,
            ...(summary.trim()
              ? {
                  riskReview: {
                    summary: summary.trim(),
                    ...(reviewedBy.trim() ? { reviewedBy: reviewedBy.trim() } : {}),
                  },
                }
              : {}),
          };
    await save.mutateAsync(body).then(
      () => setSummary(''),
      () => undefined,
    );
  }

  return (
    <form className="action-group" onSubmit={submit} aria-labelledby={`outcome-${item.id}`}>
      <h3 className="action-group__title" id={`outcome-${item.id}`}>
        Outcome
      </h3>
      <div className="actions">
        <label className="checkbox">
          <input
            type="radio"
            name="outcome-kind"
            checked={kind === 'product_defect'}
            onChange={() => setKind('product_defect')}
          />
          Product defect
        </label>
        <label className="checkbox">
          <input
            type="radio"
            name="outcome-kind"
            checked={kind === 'configuration_change'}
            onChange={() => setKind('configuration_change')}
          />
          Configuration change
        </label>
      </div>
      {kind === undefined ? (
        <p className="muted">Choose product defect or configuration change.</p>
      ) : kind === 'product_defect' ? (
        <div className="actions">
          <div className="field field--inline">
            <label htmlFor="outcome-release">Fixed in release</label>
            <select
              id="outcome-release"
              value={releaseId}
              onChange={(event) => setReleaseId(event.target.value)}
            >
              {(releases.data?.items ?? []).map((release) => (
                <option key={release.id} value={release.id}>
                  {release.version} ({release.status})
                </option>
              ))}
              <option value={newVersion}>Another version…</option>
            </select>
          </div>
          {releaseId === newVersion && (
            <div className="field field--inline">
              <label htmlFor="outcome-version">Fix version</label>
              <input
                id="outcome-version"
                required
                value={fixVersion}
                onChange={(event) => setFixVersion(event.target.value)}
              />
            </div>
          )}
        </div>
      ) : (
        <div className="actions">
          <div className="field field--grow">
            <label htmlFor="outcome-risk">Risk review (required before it is done)</label>
            <input id="outcome-risk" value={summary} onChange={(event) => setSummary(event.target.value)} />
          </div>
          <div className="field field--inline">
            <label htmlFor="outcome-reviewer">Reviewed by</label>
            <input
              id="outcome-reviewer"
              value={reviewedBy}
              onChange={(event) => setReviewedBy(event.target.value)}
            />
          </div>
          <label className="checkbox">
            <input type="checkbox" checked={done} onChange={(event) => setDone(event.target.checked)} />
            Change done
          </label>
        </div>
      )}
      <div className="actions">
        <button type="submit" className="button" disabled={save.isPending || kind === undefined}>
          Record outcome
        </button>
      </div>
      {save.isError && (
        <div className="alert alert--error" role="alert">
          {describeError(save.error)}
        </div>
      )}
    </form>
  );
}
