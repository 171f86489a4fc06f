import { sql } from 'kysely';
import type { TDb } from '../db/schema.js';
import type { TCaseQueue, TCaseRow, TCaseStatus } from '../db/schema-records.js';
import { openCaseStatuses } from '../domain/workflow/case-lifecycle.js';
import type { TRecordScope } from './record-repository.js';

// The open statuses (domain/workflow/case-lifecycle.ts): the agent queue (`status=open`) uses the
// partial index cases_open_queue_idx, whose predicate lists the same statuses.

export async function findCase(db: TDb, scope: TRecordScope, id: string): Promise<TCaseRow | undefined> {
  return db
    .selectFrom('cases')
    .selectAll()
    .where('tenant_id', '=', scope.tenantId)
    .where('id', '=', id)
    .$if(scope.accountId !== null, (query) => query.where('account_id', '=', scope.accountId as string))
    .executeTakeFirst();
}

export async function updateCase(
  trx: TDb,
  tenantId: string,
  id: string,
  changes: Partial<Pick<TCaseRow, 'title' | 'description' | 'assignee_id' | 'status' | 'tier'>> & {
    resolved_at?: Date | null;
    closed_at?: Date | null;
    updated_at: Date;
  },
): Promise<TCaseRow | undefined> {
  return trx
    .updateTable('cases')
    .set(changes)
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

/**
 * Re-derives `cases.next_due_at` (the queue's sort key) from the case's milestones: the earliest
 * deadline not yet met, or null once the case is resolved or closed. Call after any milestone or
 * status change, in the same transaction.
 */
export async function refreshNextDue(trx: TDb, tenantId: string, caseId: string): Promise<void> {
  // needs_phone_call (domain/workflow/needs-phone-call.ts): an open case with an unmet not_eligible
  // milestone; its sort key is its opening, so it leads the queue.
  await sql`update cases set needs_phone_call = status in (${sql.join([...openCaseStatuses])}) and exists (
      select 1 from case_milestones m
      where m.tenant_id = cases.tenant_id and m.case_id = cases.id
        and m.kind = 'not_eligible' and m.met_at is null)
    where tenant_id = ${tenantId} and id = ${caseId}`.execute(trx);
  await sql`update cases set next_due_at = case when status not in (${sql.join([...openCaseStatuses])}) then null
      when needs_phone_call then opened_at else (
      select min(m.due_at) from case_milestones m
      where m.tenant_id = cases.tenant_id and m.case_id = cases.id
        and m.kind = 'deadline' and m.met_at is null and m.due_at is not null) end
    where tenant_id = ${tenantId} and id = ${caseId}`.execute(trx);
}

export type TCaseFilters = {
  status?: TCaseStatus | 'open';
  severity?: string;
  centre?: string;
  tier?: number;
  plan?: string;
  assigneeId?: string;
  accountId?: string;
  queue?: TCaseQueue;
  /** Only cases escalated to a higher tier or to the support manager (the support manager's view). */
  escalated?: boolean;
};

/** Keyset position: next_due → `{due, id}` (due null = in the no-deadline tail); opened_at → `{opened, id}`. */
export type TCaseCursor =
  | { sort: 'next_due'; due: string | null; id: string }
  | { sort: 'opened_at'; opened: string; id: string };

/**
 * One page of the case list, one indexed query: next_due ascending (cases without a pending deadline
 * last) or newest opened first; `id` breaks ties. Fetch `limit + 1` to detect a next page.
 */
export async function listCases(
  db: TDb,
  scope: TRecordScope,
  filters: TCaseFilters,
  sort: 'next_due' | 'opened_at',
  after: TCaseCursor | null,
  limit: number,
): Promise<TCaseRow[]> {
  const base = db
    .selectFrom('cases')
    .selectAll()
    .where('tenant_id', '=', scope.tenantId)
    .$if(scope.accountId !== null, (q) => q.where('account_id', '=', scope.accountId as string))
    .$if(filters.accountId !== undefined, (q) => q.where('account_id', '=', filters.accountId as string))
    .$if(filters.status === 'open', (q) => q.where('status', 'in', [...openCaseStatuses]))
    .$if(filters.status !== undefined && filters.status !== 'open', (q) =>
      q.where('status', '=', filters.status as TCaseStatus),
    )
    .$if(filters.severity !== undefined, (q) => q.where('severity', '=', filters.severity as string))
    .$if(filters.centre !== undefined, (q) => q.where('centre', '=', filters.centre as string))
    .$if(filters.tier !== undefined, (q) => q.where('tier', '=', filters.tier as number))
    .$if(filters.escalated === true, (q) =>
      q.where(({ exists, selectFrom }) =>
        exists(
          selectFrom('case_escalations as e')
            .select('e.id')
            .whereRef('e.tenant_id', '=', 'cases.tenant_id')
            .whereRef('e.case_id', '=', 'cases.id')
            // A follow-the-sun hand-over between centres is a transfer, not an escalation.
            .where('e.kind', '<>', 'follow_the_sun'),
        ),
      ),
    )
    .$if(filters.plan !== undefined, (q) => q.where('plan', '=', filters.plan as string))
    .$if(filters.assigneeId !== undefined, (q) => q.where('assignee_id', '=', filters.assigneeId as string))
    .$if(filters.queue !== undefined, (q) => q.where('queue', '=', filters.queue as TCaseQueue));

  if (sort === 'opened_at') {
    const position = after?.sort === 'opened_at' ? after : null;
    return base
      .$if(position !== null, (q) =>
        q.where(sql<boolean>`(opened_at, id) < (${position?.opened}::timestamptz, ${position?.id}::uuid)`),
      )
      .orderBy('opened_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
  }
  const position = after?.sort === 'next_due' ? after : null;
  if (position === null || position.due !== null) {
    const dated = await base
      .where('next_due_at', 'is not', null)
      .$if(position !== null, (q) =>
        q.where(sql<boolean>`(next_due_at, id) > (${position?.due}::timestamptz, ${position?.id}::uuid)`),
      )
      .orderBy('next_due_at')
      .orderBy('id')
      .limit(limit)
      .execute();
    if (dated.length >= limit) return dated;
    const tail = await base
      .where('next_due_at', 'is', null)
      .orderBy('id')
      .limit(limit - dated.length)
      .execute();
    return [...dated, ...tail];
  }
  return base
    .where('next_due_at', 'is', null)
    .where('id', '>', position.id)
    .orderBy('id')
    .limit(limit)
    .execute();
}
