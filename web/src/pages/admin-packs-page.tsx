import { Link, Route, Routes } from 'react-router-dom';
import type { TPackSummary } from '../api/pack-types.js';
import { useApiQuery } from '../api/use-api.js';
import { QueryState } from '../components/query-state.js';
import { formatLocalDate } from '../lib/format-date.js';
import { usePageTitle } from '../lib/use-page-title.js';
import { AdminPackDetail } from './admin/admin-pack-detail.js';
import { AdminPackDiff } from './admin/admin-pack-diff.js';
import { AdminPackPreview } from './admin/admin-pack-preview.js';
import { AdminPackUpload } from './admin/admin-pack-upload.js';
import { statusLabels, type TPackVersion } from './admin/pack-admin-types.js';
import './admin/pack-admin.css';
import { MessagePage } from './message-page.js';

/** /admin/packs: the packs; /upload a new version; /:packId one pack with its versions, /diff, /preview. */
export function AdminPacksPage() {
  return (
    <Routes>
      <Route index element={<PackList />} />
      <Route path="upload" element={<AdminPackUpload />} />
      <Route path=":packId" element={<AdminPackDetail />} />
      <Route path=":packId/diff" element={<AdminPackDiff />} />
      <Route path=":packId/preview" element={<AdminPackPreview />} />
      <Route
        path="*"
        element={<MessagePage title="Page not found" text="There is nothing at this address." />}
      />
    </Routes>
  );
}

/** Every version of a pack (built in, drafts, published) with its status. */
function VersionBadges({ packId }: { packId: string }) {
  const versions = useApiQuery<{ items: TPackVersion[] }>(
    ['packs', packId, 'versions'],
    `/packs/${encodeURIComponent(packId)}/versions`,
  );
  if (!versions.data) return <span className="muted">…</span>;
  return (
    <ul className="plain-list">
      {versions.data.items.map((item) => (
        <li key={item.version}>
          {item.version} <span className="badge">{statusLabels[item.status]}</span>{' '}
          <span className="muted">from {formatLocalDate(item.effectiveFrom)}</span>
        </li>
      ))}
    </ul>
  );
}

function PackList() {
  usePageTitle('Policy packs');
  const packs = useApiQuery<TPackSummary[] | { items: TPackSummary[] }>(['packs', 'list'], '/packs');
  return (
    <>
      <h1>Policy packs</h1>
      <p className="actions">
        <Link className="button button--primary" to="/admin/packs/upload">
          Upload new version
        </Link>
      </p>
      <QueryState query={packs}>
        {(data) => {
          const items = Array.isArray(data) ? data : data.items;
          return (
            <table className="table">
              <caption className="table__caption">Support policies loaded as packs</caption>
              <thead>
                <tr>
                  <th scope="col">Pack</th>
                  <th scope="col">Vendor</th>
                  <th scope="col">Version</th>
                  <th scope="col">Effective from</th>
                  <th scope="col">All versions</th>
                </tr>
              </thead>
              <tbody>
                {items.map((pack) => (
                  <tr key={pack.id}>
                    <th scope="row">
                      <Link to={`/admin/packs/${encodeURIComponent(pack.id)}`}>{pack.name}</Link>
                      <div className="muted">{pack.id}</div>
                    </th>
                    <td>{pack.vendor ?? '—'}</td>
                    <td>{pack.version}</td>
                    <td>{pack.effectiveFrom ? formatLocalDate(pack.effectiveFrom) : '—'}</td>
                    <td>
                      <VersionBadges packId={pack.id} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          );
        }}
      </QueryState>
    </>
  );
}
