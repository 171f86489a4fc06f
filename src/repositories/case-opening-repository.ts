import { randomUUID } from 'node:crypto';
import { type Insertable, sql } from 'kysely';
import type { TAuditLogTable, TDb } from '../db/schema.js';
import type { TJobsTable, TOutboxEventsTable } from '../db/schema-jobs.js';
import type { TCaseRow, TNewCase, TNewCaseMilestone } from '../db/schema-records.js';

/**
 * Stands for the case number in the audit entry and event payloads of an opening, which are built
 * before the number exists; the insert puts the number in (a JSON string `"<marker>"` becomes the
 * number, the marker inside text becomes its digits). Random per process, so no user text carries it.
 */
export const caseNumberMarker = `⟦case-number:${randomUUID()}⟧`;

export type TCaseOpening = {
  case: Omit<TNewCase, 'number'>;
  milestones: TNewCaseMilestone[];
  audit: Insertable<TAuditLogTable>;
  events: { event: Insertable<TOutboxEventsTable>; job: Insertable<TJobsTable> }[];
};

/**
 * Writes a whole case opening in ONE statement (data-modifying CTEs, atomic on its own): the case,
 * numbered by the tenant's sequence `case_number_<tenant hex>` (migration 20261124212000; no lock
 * held, a failed statement leaves a gap), its milestones, the audit entry, and each outbox event with
 * its dispatch job. The case number reaches the audit entry and the events through `caseNumberMarker`.
 */
export async function insertCaseOpening(db: TDb, opening: TCaseOpening): Promise<TCaseRow> {
  const sequence = `case_number_${opening.case.tenant_id.replaceAll('-', '')}`;
  const numbered = (json: unknown) =>
    sql<string>`(select replace(replace(${json}::text, ${`"${caseNumberMarker}"`}, number::text), ${caseNumberMarker}, number::text)::jsonb from opened)`;
  let query = db
    .with('opened', (qc) =>
      qc
        .insertInto('cases')
        .values({ ...opening.case, number: sql<number>`nextval(${sequence}::regclass)` })
        .returningAll(),
    )
    .with('audit', (qc) =>
      qc.insertInto('audit_log').values({ ...opening.audit, after: numbered(opening.audit.after) }),
    );
  if (opening.milestones.length > 0) {
    query = query.with('milestones', (qc) =>
      qc.insertInto('case_milestones').values(opening.milestones),
    ) as unknown as typeof query;
  }
  opening.events.forEach(({ event, job }, index) => {
    query = query
      .with(`job_${index}`, (qc) => qc.insertInto('jobs').values(job))
      .with(`event_${index}`, (qc) =>
        qc.insertInto('outbox_events').values({ ...event, payload: numbered(event.payload) }),
      ) as unknown as typeof query;
  });
  return query.selectFrom('opened').selectAll().executeTakeFirstOrThrow() as Promise<TCaseRow>;
}
