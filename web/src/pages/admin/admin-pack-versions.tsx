import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { describeError } from '../../api/api-error.js';
import { useApiMutation, useApiQuery } from '../../api/use-api.js';
import { InstantTime } from '../../components/instant-time.js';
import { QueryState } from '../../components/query-state.js';
import { formatLocalDate } from '../../lib/format-date.js';
import { statusLabels, type TPackVersion } from './pack-admin-types.js';

/** The versions of a pack (built in and the tenant's), with publish, diff and preview actions. */
export function AdminPackVersions({ packId }: { packId: string }) {
  const versions = useApiQuery<{ items: TPackVersion[] }>(
    ['packs', packId, 'versions'],
    `/packs/${encodeURIComponent(packId)}/versions`,
  );
  const [search] = useSearchParams();
  const saved = search.get('saved');
  return (
    <section className="panel" aria-labelledby="versions-heading">
      <h2 id="versions-heading">Versions</h2>
      {saved && (
        <p className="alert alert--ok" role="status">
          Version {saved} saved as a draft.
        </p>
      )}
      <QueryState query={versions}>
        {(data) => <VersionTable packId={packId} items={data.items} />}
      </QueryState>
    </section>
  );
}

function VersionTable({ packId, items }: { packId: string; items: TPackVersion[] }) {
  const latest = items.at(-1);
  const base = items.find((item) => item.status !== 'draft') ?? items[0];
  const path = `/admin/packs/${encodeURIComponent(packId)}`;
  return (
    <>
      <div className="scroll-x">
        <table className="table">
          <caption className="table__caption">
            Built-in and uploaded versions, oldest effective date first
          </caption>
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">Status</th>
              <th scope="col">Effective from</th>
              <th scope="col">Uploaded</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.version}>
                <th scope="row">{item.version}</th>
                <td>
                  <span className="badge">{statusLabels[item.status]}</span>
                </td>
                <td>{formatLocalDate(item.effectiveFrom)}</td>
                <td>{item.uploadedAt ? <InstantTime value={item.uploadedAt} /> : '—'}</td>
                <td>
                  <VersionActions packId={packId} item={item} base={base} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="actions">
        <Link
          className="button button--primary"
          to={`/admin/packs/upload?from=${encodeURIComponent(packId)}&version=${encodeURIComponent(latest?.version ?? '')}`}
        >
          Upload new version
        </Link>
        {base && latest && base.version !== latest.version && (
          <Link
            className="button"
            to={`${path}/diff?from=${encodeURIComponent(base.version)}&to=${encodeURIComponent(latest.version)}`}
          >
            Compare versions
          </Link>
        )}
      </p>
    </>
  );
}

function VersionActions({
  packId,
  item,
  base,
}: {
  packId: string;
  item: TPackVersion;
  base: TPackVersion | undefined;
}) {
  const [error, setError] = useState<string | null>(null);
  const publish = useApiMutation<Record<string, never>, TPackVersion>(
    'POST',
    `/packs/${encodeURIComponent(packId)}/versions/${encodeURIComponent(item.version)}/publish`,
    [['packs', packId, 'versions']],
  );
  const path = `/admin/packs/${encodeURIComponent(packId)}`;
  return (
    <span className="actions">
      {item.allowedActions.includes('publish') && (
        <button
          type="button"
          className="button"
          disabled={publish.isPending}
          aria-label={`Publish version ${item.version}`}
          onClick={() =>
            publish.mutateAsync({}).then(
              () => setError(null),
              (reason) => setError(describeError(reason)),
            )
          }
        >
          Publish
        </button>
      )}
      {base && base.version !== item.version && (
        <Link
          to={`${path}/diff?from=${encodeURIComponent(base.version)}&to=${encodeURIComponent(item.version)}`}
          aria-label={`Diff ${base.version} to ${item.version}`}
        >
          Diff
        </Link>
      )}
      <Link
        to={`${path}?view=${encodeURIComponent(item.version)}`}
        aria-label={`View version ${item.version}`}
      >
        View
      </Link>
      <Link
        to={`${path}/preview?version=${encodeURIComponent(item.version)}`}
        aria-label={`Preview version ${item.version}`}
      >
        Preview
      </Link>
      {error && (
        <span role="alert" className="alert alert--error">
          {error}
        </span>
      )}
    </span>
  );
}
