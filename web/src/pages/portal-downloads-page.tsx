import type { TDownloadProduct, TDownloadRelease, TReleaseFile } from '../api/download-types.js';
import { useApiQuery } from '../api/use-api.js';
import { QueryState } from '../components/query-state.js';
import { formatLocalDate } from '../lib/format-date.js';
import { usePageTitle } from '../lib/use-page-title.js';

/** Downloads: the releases of the products the account's maintenance covers, with support status and files. */
export function PortalDownloadsPage() {
  usePageTitle('Downloads');
  const downloads = useApiQuery<{ products: TDownloadProduct[] }>(['downloads'], '/downloads');
  return (
    <>
      <h1>Downloads</h1>
      <QueryState query={downloads}>
        {(page) =>
          page.products.length === 0 ? (
            <p>No releases are available to your account yet.</p>
          ) : (
            page.products.map((product) => <ProductPanel key={product.id} product={product} />)
          )
        }
      </QueryState>
    </>
  );
}

function ProductPanel({ product }: { product: TDownloadProduct }) {
  const headingId = `product-${product.id}`;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{product.name}</h2>
      <div className="downloads-scroll">
        <table className="table">
          <caption className="table__caption">Releases, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">Released</th>
              <th scope="col">Support</th>
              <th scope="col">Files</th>
            </tr>
          </thead>
          <tbody>
            {product.releases.map((release) => (
              <ReleaseRow key={release.id} release={release} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function ReleaseRow({ release }: { release: TDownloadRelease }) {
  return (
    <tr>
      <th scope="row">
        {release.version}
        {release.notes && <p className="field__hint">{release.notes}</p>}
      </th>
      <td>{release.gaDate ? formatLocalDate(release.gaDate) : '—'}</td>
      <td>
        <SupportText release={release} />
      </td>
      <td>
        {!release.available ? (
          <span>{release.refusal?.reason ?? 'Not available.'}</span>
        ) : release.files.length === 0 ? (
          'No files'
        ) : (
          <ul className="plain-list">
            {release.files.map((file) => (
              <FileLink key={file.id} file={file} />
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}

function SupportText({ release }: { release: TDownloadRelease }) {
  const support = release.support;
  if (!support) return <>—</>;
  if (support.status === 'unsupported')
    return (
      <span title={support.reason}>
        Unsupported
        {support.supportedUntil ? ` since ${formatLocalDate(nextDay(support.supportedUntil))}` : ''}
      </span>
    );
  return (
    <span title={support.reason}>
      {support.supportedUntil ? `Supported until ${formatLocalDate(support.supportedUntil)}` : 'Supported'}
    </span>
  );
}

function FileLink({ file }: { file: TReleaseFile }) {
  return (
    <li>
      <a href={file.downloadUrl} download={file.filename}>
        {file.filename}
      </a>{' '}
      ({formatSize(file.sizeBytes)})
      <br />
      <small className="field__hint">
        SHA-256 <code className="checksum">{file.sha256}</code>
      </small>
    </li>
  );
}

function nextDay(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
