import { useState } from 'react';
import type { TCase, TCaseFilters, TPage } from '../../api/case-types.js';
import { useApiQuery } from '../../api/use-api.js';
import { usePackCatalogue } from '../../api/use-pack-catalogue.js';
import { CaseFilters, type TFilterField } from '../../components/case-filters.js';
import { CaseTable } from '../../components/case-table.js';
import { QueryState } from '../../components/query-state.js';
import { caseStatuses, describeStatus } from '../../lib/case-labels.js';
import { listQueueOptions, sortByNextDue } from '../../lib/queue-options.js';
import { usePageTitle } from '../../lib/use-page-title.js';

/** Every open case of the tenant, the milestone closest to breach first, with filters. */
export function AgentQueue() {
  usePageTitle('Queue');
  const [filters, setFilters] = useState<TCaseFilters>({});
  const { packs } = usePackCatalogue();
  const options = listQueueOptions(packs);
  const fields: TFilterField[] = [
    { name: 'centre', label: 'Centre', options: options.centres },
    {
      name: 'tier',
      label: 'Tier',
      options: ['1', '2', '3'].map((value) => ({ value, label: `Tier ${value}` })),
    },
    { name: 'severity', label: 'Severity', options: options.severities },
    { name: 'plan', label: 'Plan', options: options.plans },
    {
      name: 'status',
      label: 'Status',
      anyLabel: 'Any open',
      options: caseStatuses.map((value) => ({ value, label: describeStatus(value) })),
    },
  ];
  // The API sorts by next due time; "open" = new, in progress, waiting on customer.
  const cases = useApiQuery<TPage<TCase>>(['cases', 'queue'], '/cases', {
    ...filters,
    status: filters.status ?? 'open',
    sort: 'next_due',
    limit: 100,
  });
  return (
    <>
      <div className="page-header">
        <h1>Queue</h1>
      </div>
      <CaseFilters fields={fields} value={filters} onChange={setFilters} />
      <QueryState query={cases}>
        {(page) => (
          <CaseTable
            cases={sortByNextDue(page.items)}
            caption={
              filters.status ? `${describeStatus(filters.status)} cases` : 'Open cases, next due first'
            }
            basePath="/agent/queue"
            showRouting
          />
        )}
      </QueryState>
    </>
  );
}
