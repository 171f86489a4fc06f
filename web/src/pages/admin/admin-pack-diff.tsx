import { useId } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useApiQuery } from '../../api/use-api.js';
import { QueryState } from '../../components/query-state.js';
import { usePageTitle } from '../../lib/use-page-title.js';
import type { TPackDiff, TPackVersion } from './pack-admin-types.js';
import './pack-admin.css';

/** /admin/packs/:packId/diff?from=&to=: what changed between two versions, one row per change. */
export function AdminPackDiff() {
  const { packId = '' } = useParams();
  usePageTitle(`Compare versions of ${packId}`);
  const [search, setSearch] = useSearchParams();
  const from = search.get('from') ?? '';
  const to = search.get('to') ?? '';
  const versions = useApiQuery<{ items: TPackVersion[] }>(
    ['packs', packId, 'versions'],
    `/packs/${encodeURIComponent(packId)}/versions`,
  );
  const diff = useApiQuery<TPackDiff>(
    ['packs', packId, 'diff'],
    `/packs/${encodeURIComponent(packId)}/diff`,
    { from, to },
    { enabled: from !== '' && to !== '' },
  );
  const ids = { from: useId(), to: useId() };
  const choose = (key: 'from' | 'to', value: string) => {
    const next = new URLSearchParams(search);
    next.set(key, value);
    setSearch(next);
  };
  const options = versions.data?.items ?? [];
  return (
    <>
      <p className="breadcrumb">
        <Link to={`/admin/packs/${encodeURIComponent(packId)}`}>← {packId}</Link>
      </p>
      <h1>Compare versions</h1>
      <div className="filters">
        {(['from', 'to'] as const).map((side) => (
          <div key={side} className="field field--inline">
            <label htmlFor={ids[side]}>{side === 'from' ? 'From version' : 'To version'}</label>
            <select
              id={ids[side]}
              value={side === 'from' ? from : to}
              onChange={(event) => choose(side, event.target.value)}
            >
              <option value="">Choose…</option>
              {options.map((item) => (
                <option key={item.version} value={item.version}>
                  {item.version}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      {from && to && (
        <QueryState query={diff}>
          {(data) => (
            <section className="panel" aria-labelledby="changes-heading">
              <h2 id="changes-heading">
                {data.entries.length} change{data.entries.length === 1 ? '' : 's'} from {data.from} to{' '}
                {data.to}
              </h2>
              {data.entries.length === 0 ? (
                <p>The two versions are the same.</p>
              ) : (
                <div className="scroll-x">
                  <table className="table">
                    <thead>
                      <tr>
                        <th scope="col">Change</th>
                        <th scope="col">Before</th>
                        <th scope="col">After</th>
                      </tr>
                    </thead>
                    <tbody>
                      {data.entries.map((entry, index) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: a path can change twice (added/removed items)
                        <tr key={`${entry.path}-${index}`}>
                          <th scope="row">
                            {entry.label}
                            <div className="muted">
                              <code>{entry.path}</code>
                            </div>
                          </th>
                          <td className="diff-value">{show(entry.before)}</td>
                          <td className="diff-value">{show(entry.after)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </section>
          )}
        </QueryState>
      )}
    </>
  );
}

function show(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  return JSON.stringify(value, null, 1);
}
