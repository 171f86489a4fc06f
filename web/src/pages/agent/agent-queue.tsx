import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { describeError } from '../../api/api-error.js';
import type { TBulkCaseResult, TCase, TCaseFilters, TPage } from '../../api/case-types.js';
import { useAccountNames } from '../../api/use-account-names.js';
import { useApiQuery } from '../../api/use-api.js';
import { useAssignees } from '../../api/use-assignees.js';
import { usePackCatalogue } from '../../api/use-pack-catalogue.js';
import { useAuth } from '../../auth/auth-context.js';
import { CaseFilters, type TFilterField } from '../../components/case-filters.js';
import { QueryState } from '../../components/query-state.js';
import { caseStatuses, describeStatus } from '../../lib/case-labels.js';
import { listQueueOptions } from '../../lib/queue-options.js';
import {
  formatQueueView,
  parseQueueView,
  queueApiFilters,
  sortQueue,
  type TQueueSortKey,
} from '../../lib/queue-view.js';
import { usePageTitle } from '../../lib/use-page-title.js';
import { QueueBulkBar, type TBulkChange } from './queue-bulk-bar.js';
import { QueueSavedViews } from './queue-saved-views.js';
import { QueueTable } from './queue-table.js';

/** How often the queue asks for changes (in place, no reload). */
const refreshMs = 15_000;

/**
 * Every open case of the tenant, the milestone closest to breach first. Filters and sort live in
 * the address (shareable, kept by saved views); the list refreshes itself; bulk assign/status.
 */
export function AgentQueue() {
  usePageTitle('Queue');
  const { user, client } = useAuth();
  const queryClient = useQueryClient();
  const [search, setSearch] = useSearchParams();
  const view = parseQueueView(search);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const { packs } = usePackCatalogue();
  const assignees = useAssignees(true);
  const accountNames = useAccountNames(true);
  const options = listQueueOptions(packs);
  const fields: TFilterField[] = [
    {
      name: 'assignee',
      label: 'Assignee',
      options: [
        { value: 'me', label: 'Me' },
        ...assignees.list.map((item) => ({ value: item.id, label: item.name })),
      ],
    },
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
  const cases = useApiQuery<TPage<TCase>>(
    ['cases', 'queue'],
    '/cases',
    { ...queueApiFilters(view, user?.id), sort: 'next_due', limit: 100 },
    { refetchIntervalMs: refreshMs },
  );
  const setView = (next: typeof view) => setSearch(formatQueueView(next));
  const onSort = (key: TQueueSortKey) =>
    setView({ ...view, sort: key, dir: view.sort === key && view.dir === 'asc' ? 'desc' : 'asc' });
  const onSelect = (ids: readonly string[], on: boolean) => {
    const next = new Set(selected);
    for (const id of ids) on ? next.add(id) : next.delete(id);
    setSelected(next);
  };
  const apply = async (caseIds: string[], change: TBulkChange) => {
    setBusy(true);
    setMessage(null);
    try {
      const result = await client.post<TBulkCaseResult>('/cases/bulk', { caseIds, ...change });
      const failed = result.items.filter((item) => !item.ok);
      const done = result.items.length - failed.length;
      setMessage(
        failed.length === 0
          ? { tone: 'success', text: `Updated ${done} ${done === 1 ? 'case' : 'cases'}.` }
          : {
              tone: 'error',
              text: `Updated ${done}; not updated: ${failed.map((item) => `${caseLabel(item.caseId)} (${item.error?.message})`).join('; ')}`,
            },
      );
      setSelected(new Set(failed.map((item) => item.caseId)));
      await queryClient.invalidateQueries({ queryKey: ['cases'] });
    } catch (error) {
      setMessage({ tone: 'error', text: describeError(error) });
    } finally {
      setBusy(false);
    }
  };
  const loaded = cases.data?.items ?? [];
  const caseLabel = (id: string) => {
    const found = loaded.find((item) => item.id === id);
    return found ? `#${found.number}` : id.slice(0, 8);
  };
  const filters: TCaseFilters = view.filters;
  return (
    <>
      <div className="page-header">
        <h1>Queue</h1>
      </div>
      {user && <QueueSavedViews userId={user.id} search={formatQueueView(view)} />}
      <CaseFilters fields={fields} value={filters} onChange={(next) => setView({ ...view, filters: next })} />
      <QueueBulkBar
        count={selected.size}
        assignees={assignees.list}
        meId={user?.id}
        busy={busy}
        onApply={(change) => void apply([...selected], change)}
        onClear={() => setSelected(new Set())}
      />
      {message && (
        <div className={`alert alert--${message.tone}`} role={message.tone === 'error' ? 'alert' : 'status'}>
          {message.text}
        </div>
      )}
      <QueryState query={cases}>
        {(page) => (
          <QueueTable
            cases={sortQueue(page.items, view.sort, view.dir, {
              account: (id) => accountNames.get(id) ?? id.slice(0, 8),
              assignee: (id) => (id ? (assignees.names.get(id) ?? 'Someone') : ''),
            })}
            caption={
              filters.status ? `${describeStatus(filters.status)} cases` : 'Open cases, next due first'
            }
            sort={view.sort}
            dir={view.dir}
            onSort={onSort}
            selected={selected}
            onSelect={onSelect}
            accountName={(id) => accountNames.get(id) ?? id.slice(0, 8)}
            assigneeName={(id) => (id ? (assignees.names.get(id) ?? 'Someone') : 'Unassigned')}
            meId={user?.id}
            onAssignToMe={(caseId) => user && void apply([caseId], { assigneeId: user.id })}
            busy={busy}
          />
        )}
      </QueryState>
    </>
  );
}
