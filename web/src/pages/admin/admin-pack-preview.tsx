import { type FormEvent, useId, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { describeError } from '../../api/api-error.js';
import { useApiMutation, useApiQuery } from '../../api/use-api.js';
import { InstantTime } from '../../components/instant-time.js';
import { humanise } from '../../lib/case-labels.js';
import { formatDuration } from '../../lib/format-time.js';
import { usePageTitle } from '../../lib/use-page-title.js';
import type { TPackPreview, TPackVersion } from './pack-admin-types.js';
import './pack-admin.css';

type TPreviewBody = { version: string; from?: string; to?: string };

/** /admin/packs/:packId/preview?version=: last month's cases, due times now vs under the version. */
export function AdminPackPreview() {
  const { packId = '' } = useParams();
  usePageTitle(`Preview a version of ${packId}`);
  const [search] = useSearchParams();
  const [version, setVersion] = useState(search.get('version') ?? '');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [error, setError] = useState<string | null>(null);
  const versions = useApiQuery<{ items: TPackVersion[] }>(
    ['packs', packId, 'versions'],
    `/packs/${encodeURIComponent(packId)}/versions`,
  );
  const preview = useApiMutation<TPreviewBody, TPackPreview>(
    'POST',
    `/packs/${encodeURIComponent(packId)}/preview`,
  );
  const ids = { version: useId(), from: useId(), to: useId() };
  const run = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await preview.mutateAsync({ version, ...(from ? { from } : {}), ...(to ? { to } : {}) });
    } catch (reason) {
      setError(describeError(reason));
    }
  };
  return (
    <>
      <p className="breadcrumb">
        <Link to={`/admin/packs/${encodeURIComponent(packId)}`}>← {packId}</Link>
      </p>
      <h1>Preview a version</h1>
      <p className="muted">
        What due times would past cases have had under this version? Nothing is changed. Leave the dates empty
        for last calendar month.
      </p>
      <form className="filters" onSubmit={run}>
        <div className="field field--inline">
          <label htmlFor={ids.version}>Version</label>
          <select
            id={ids.version}
            value={version}
            onChange={(event) => setVersion(event.target.value)}
            required
          >
            <option value="">Choose…</option>
            {(versions.data?.items ?? []).map((item) => (
              <option key={item.version} value={item.version}>
                {item.version} ({item.status.replace('_', ' ')})
              </option>
            ))}
          </select>
        </div>
        <div className="field field--inline">
          <label htmlFor={ids.from}>Opened from</label>
          <input id={ids.from} type="date" value={from} onChange={(event) => setFrom(event.target.value)} />
        </div>
        <div className="field field--inline">
          <label htmlFor={ids.to}>Opened to</label>
          <input id={ids.to} type="date" value={to} onChange={(event) => setTo(event.target.value)} />
        </div>
        <button type="submit" className="button button--primary" disabled={!version || preview.isPending}>
          Run preview
        </button>
      </form>
      {error && (
        <p className="alert alert--error" role="alert">
          {error}
        </p>
      )}
      {preview.data && <PreviewResult data={preview.data} />}
    </>
  );
}

function PreviewResult({ data }: { data: TPackPreview }) {
  const { summary } = data;
  return (
    <>
      <section className="panel" aria-labelledby="preview-summary-heading" aria-live="polite">
        <h2 id="preview-summary-heading">
          Version {data.version} on cases opened {data.from} to {data.to}
        </h2>
        <dl className="summary-figures">
          <Figure term="Cases" value={String(summary.cases)} />
          <Figure term="Due earlier" value={String(summary.earlier)} />
          <Figure term="Due later" value={String(summary.later)} />
          <Figure term="Unchanged" value={String(summary.unchanged)} />
          <Figure
            term="Largest move earlier"
            value={summary.maxEarlierMs ? formatDuration(summary.maxEarlierMs) : '—'}
          />
          <Figure
            term="Largest move later"
            value={summary.maxLaterMs ? formatDuration(summary.maxLaterMs) : '—'}
          />
        </dl>
        {summary.failed > 0 && (
          <p className="alert alert--error">
            {summary.failed} case(s) could not be computed under this version.
          </p>
        )}
        {data.truncated && <p className="muted">Only the first {data.cases.length} cases are shown.</p>}
      </section>
      <section className="panel" aria-labelledby="preview-cases-heading">
        <h2 id="preview-cases-heading">Cases</h2>
        {data.cases.length === 0 ? (
          <p>No cases on this pack were opened in the period.</p>
        ) : (
          <div className="scroll-x">
            <table className="table">
              <caption className="table__caption">
                Due times in your time zone; hover for the support centre’s time
              </caption>
              <thead>
                <tr>
                  <th scope="col">Case</th>
                  <th scope="col">Milestone</th>
                  <th scope="col">Due now</th>
                  <th scope="col">Due under {data.version}</th>
                  <th scope="col">Change</th>
                </tr>
              </thead>
              <tbody>
                {data.cases.flatMap((item) =>
                  item.milestones.map((milestone, index) => (
                    <tr key={`${item.id}-${milestone.name}`}>
                      {index === 0 && (
                        <th scope="rowgroup" rowSpan={item.milestones.length}>
                          #{item.number} {item.title}
                          <div className="muted">
                            {item.plan} · {item.severity} · {item.centre}
                          </div>
                          {item.error && <div className="alert alert--error">{item.error}</div>}
                        </th>
                      )}
                      <td>{humanise(milestone.name)}</td>
                      <td>{due(milestone.currentDue, milestone.currentKind, item.centreTimezone)}</td>
                      <td>{due(milestone.candidateDue, milestone.candidateKind, item.centreTimezone)}</td>
                      <td>
                        <Shift ms={milestone.shiftMs} />
                      </td>
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}

function Figure({ term, value }: { term: string; value: string }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </div>
  );
}

function due(value: string | null, kind: string | null, zone: string | null) {
  if (value) return <InstantTime value={value} {...(zone ? { centreZone: zone } : {})} />;
  return kind ? humanise(kind) : '—';
}

function Shift({ ms }: { ms: number | null }) {
  if (ms === null) return <>—</>;
  if (ms === 0) return <>Same</>;
  return ms < 0 ? (
    <span className="shift--earlier">{formatDuration(ms)} earlier</span>
  ) : (
    <span className="shift--later">{formatDuration(ms)} later</span>
  );
}
