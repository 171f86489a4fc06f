import { Link } from 'react-router-dom';
import type { TCase } from '../../api/case-types.js';
import { useCentreZones } from '../../api/use-pack.js';
import { CaseDueCell } from '../../components/case-due-cell.js';
import { InstantTime } from '../../components/instant-time.js';
import { describeCaseTitle, describeStatus } from '../../lib/case-labels.js';
import type { TQueueSortKey, TSortDirection } from '../../lib/queue-view.js';

export type TQueueTableProps = {
  cases: readonly TCase[];
  caption: string;
  sort: TQueueSortKey;
  dir: TSortDirection;
  onSort: (key: TQueueSortKey) => void;
  selected: ReadonlySet<string>;
  onSelect: (ids: readonly string[], selected: boolean) => void;
  accountName: (id: string) => string;
  assigneeName: (id: string | null | undefined) => string;
  meId: string | undefined;
  onAssignToMe: (caseId: string) => void;
  busy: boolean;
};

const columns: { key: TQueueSortKey; label: string }[] = [
  { key: 'case', label: 'Case' },
  { key: 'next_due', label: 'Next due' },
  { key: 'severity', label: 'Severity' },
  { key: 'status', label: 'Status' },
  { key: 'assignee', label: 'Assignee' },
  { key: 'account', label: 'Account' },
  { key: 'plan', label: 'Plan' },
  { key: 'routing', label: 'Centre · tier' },
  { key: 'opened', label: 'Opened' },
];

/** The agent queue: sortable headers, a checkbox per case for bulk actions, assignee and "Assign to me". */
export function QueueTable(props: TQueueTableProps) {
  const { cases, selected } = props;
  if (cases.length === 0) return <p className="muted">No cases match.</p>;
  const allSelected = cases.every((item) => selected.has(item.id));
  return (
    <div className="scroll-x">
      <table className="table case-table">
        <caption className="table__caption">{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">
              <input
                type="checkbox"
                aria-label="Select all cases shown"
                checked={allSelected}
                onChange={(event) =>
                  props.onSelect(
                    cases.map((item) => item.id),
                    event.target.checked,
                  )
                }
              />
            </th>
            {columns.map((column) => (
              <SortHeader
                key={column.key}
                column={column}
                sort={props.sort}
                dir={props.dir}
                onSort={props.onSort}
              />
            ))}
          </tr>
        </thead>
        <tbody>
          {cases.map((item) => (
            <QueueRow key={item.id} item={item} {...props} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function SortHeader({
  column,
  sort,
  dir,
  onSort,
}: {
  column: { key: TQueueSortKey; label: string };
  sort: TQueueSortKey;
  dir: TSortDirection;
  onSort: (key: TQueueSortKey) => void;
}) {
  const active = sort === column.key;
  const ariaSort = active ? (dir === 'asc' ? 'ascending' : 'descending') : 'none';
  return (
    <th scope="col" aria-sort={ariaSort}>
      <button type="button" className="sort-button" onClick={() => onSort(column.key)}>
        {column.label}
        <span aria-hidden="true">{active ? (dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </th>
  );
}

function QueueRow({ item, ...props }: TQueueTableProps & { item: TCase }) {
  const centres = useCentreZones(item.packId);
  const centre = centres.get(item.centre);
  const zone = { centreZone: centre?.timezone, centreLabel: centre?.name };
  const title = describeCaseTitle(item);
  const mine = item.assigneeId !== null && item.assigneeId !== undefined && item.assigneeId === props.meId;
  return (
    <tr data-case-id={item.id}>
      <td>
        <input
          type="checkbox"
          aria-label={`Select ${title}`}
          checked={props.selected.has(item.id)}
          onChange={(event) => props.onSelect([item.id], event.target.checked)}
        />
      </td>
      <th scope="row">
        <Link to={`/agent/queue/${item.id}`}>{title}</Link>
      </th>
      <CaseDueCell item={item} zone={zone} />
      <td>
        <span className={`severity severity--${item.severity.toLowerCase()}`}>{item.severity}</span>
      </td>
      <td>{describeStatus(item.status)}</td>
      <td className="nowrap">
        {item.assigneeId ? (
          mine ? (
            'You'
          ) : (
            props.assigneeName(item.assigneeId)
          )
        ) : (
          <button
            type="button"
            className="button button--small"
            disabled={props.busy}
            aria-label={`Assign ${title} to me`}
            onClick={() => props.onAssignToMe(item.id)}
          >
            Assign to me
          </button>
        )}
      </td>
      <td>{props.accountName(item.accountId)}</td>
      <td>{item.plan}</td>
      <td className="nowrap">
        <abbr title={`${centre?.name ?? item.centre}, tier ${item.tier}`}>
          {item.centre.toUpperCase()} · T{item.tier}
        </abbr>
      </td>
      <td>
        <InstantTime value={item.openedAt} {...zone} />
      </td>
    </tr>
  );
}
