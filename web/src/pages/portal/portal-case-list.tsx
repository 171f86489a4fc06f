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

/** The account's cases, the one closest to its next deadline first. */
export function PortalCaseList() {
  usePageTitle('Cases');
  const [filters, setFilters] = useState<TCaseFilters>({});
  const cases = useApiQuery<TPage<TCase>>(['cases', 'list'], '/cases', {
    ...filters,
    sort: 'next_due',
    limit: 100,
  });
  return (
    <>
      <div className="page-header">
        <h1>Cases</h1>
        <Link className="button button--primary" to="/portal/cases/new">
          Open a case
        </Link>
      </div>
      <CaseFilters fields={fields} value={filters} onChange={setFilters} />
      <QueryState query={cases}>
        {(page) => <CaseTable cases={page.items} caption="Your cases" basePath="/portal/cases" />}
      </QueryState>
    </>
  );
}
