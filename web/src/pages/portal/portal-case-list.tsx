import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { TCase, TCaseFilters, TPage } from '../../api/case-types.js';
import { useApiQuery } from '../../api/use-api.js';
import { CaseFilters, type TFilterField } from '../../components/case-filters.js';
import { CaseTable } from '../../components/case-table.js';
import { QueryState } from '../../components/query-state.js';
import { caseStatuses, describeStatus } from '../../lib/case-labels.js';
import { usePageTitle } from '../../lib/use-page-title.js';

const fields: readonly TFilterField[] = [
  {
    name: 'status',
    label: 'Status',
    options: caseStatuses.map((value) => ({ value, label: describeStatus(value) })),
  },
];

const finished = new Set(['resolved', 'closed']);

/**
 * The account's cases: open ones first (waiting on the customer included), the one closest to its
 * next deadline first; then resolved and closed cases, newest first.
 */
export function PortalCaseList() {
  usePageTitle('Cases');
  const [filters, setFilters] = useState<TCaseFilters>({});
  const filtered = filters.status !== undefined && filters.status !== '';
  const open = useApiQuery<TPage<TCase>>(['cases', 'list', 'open'], '/cases', {
    ...filters,
    ...(filtered ? {} : { status: 'open' }),
    sort: 'next_due',
    limit: 100,
  });
  const done = useApiQuery<TPage<TCase>>(
    ['cases', 'list', 'done'],
    '/cases',
    { sort: 'opened_at', limit: 100 },
    { enabled: !filtered },
  );
  return (
    <>
      <div className="page-header">
        <h1>Cases</h1>
        <Link className="button button--primary" to="/portal/cases/new">
          Open a case
        </Link>
      </div>
      <CaseFilters fields={fields} value={filters} onChange={setFilters} />
      <QueryState query={open}>
        {(page) => (
          <CaseTable
            cases={page.items}
            caption={filtered ? 'Your cases' : 'Open cases'}
            basePath="/portal/cases"
          />
        )}
      </QueryState>
      {!filtered && (
        <QueryState query={done}>
          {(page) => (
            <CaseTable
              cases={page.items.filter((item) => finished.has(item.status))}
              caption="Resolved and closed cases"
              basePath="/portal/cases"
            />
          )}
        </QueryState>
      )}
    </>
  );
}
