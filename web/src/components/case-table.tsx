import { Link } from 'react-router-dom';
import type { TCase } from '../api/case-types.js';
import { useAccountNames } from '../api/use-account-names.js';
import { useCentreZones } from '../api/use-pack.js';
import { describeCaseTitle, describeStatus } from '../lib/case-labels.js';
import { CaseDueCell } from './case-due-cell.js';
import { InstantTime } from './instant-time.js';

export type TCaseTableProps = {
  cases: readonly TCase[];
  caption: string;
  /** Where a case links to: `${basePath}/${id}`. */
  basePath: string;
  /** Agent columns: account, centre and tier. */
  showRouting?: boolean;
};

/** Cases with their next due milestone as a live countdown coloured by breach risk. */
export function CaseTable({ cases, caption, basePath, showRouting = false }: TCaseTableProps) {
  const accountNames = useAccountNames(showRouting);
  if (cases.length === 0) return <p className="muted">No cases match.</p>;
  return (
    <div className="scroll-x">
      <table className="table case-table">
        <caption className="table__caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Case</th>
            <th scope="col">Next due</th>
            <th scope="col">Severity</th>
            <th scope="col">Status</th>
            {showRouting && <th scope="col">Account</th>}
            <th scope="col">Plan</th>
            {showRouting && <th scope="col">Centre · tier</th>}
            <th scope="col">Opened</th>
          </tr>
        </thead>
        <tbody>
          {cases.map((item) => (
            <CaseRow
              key={item.id}
              item={item}
              basePath={basePath}
              showRouting={showRouting}
              accountName={accountNames.get(item.accountId)}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function CaseRow({
  item,
  basePath,
  showRouting,
  accountName,
}: {
  item: TCase;
  basePath: string;
  showRouting: boolean;
  accountName: string | undefined;
}) {
  const centres = useCentreZones(item.packId);
  const centre = centres.get(item.centre);
  const zone = { centreZone: centre?.timezone, centreLabel: centre?.name };
  return (
    <tr data-case-id={item.id}>
      <th scope="row">
        <Link to={`${basePath}/${item.id}`}>{describeCaseTitle(item)}</Link>
      </th>
      <CaseDueCell item={item} zone={zone} />
      <td>
        <span className={`severity severity--${item.severity.toLowerCase()}`}>{item.severity}</span>
      </td>
      <td>{describeStatus(item.status)}</td>
      {showRouting && <td>{accountName ?? item.accountId.slice(0, 8)}</td>}
      <td>{item.plan}</td>
      {showRouting && (
        <td className="nowrap">
          <abbr title={`${centre?.name ?? item.centre}, tier ${item.tier}`}>
            {item.centre.toUpperCase()} · T{item.tier}
          </abbr>
        </td>
      )}
      <td>
        <InstantTime value={item.openedAt} {...zone} />
      </td>
    </tr>
  );
}
