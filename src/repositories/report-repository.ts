import { sql } from 'kysely';
import type { TDb } from '../db/schema.js';

export type TAttainmentBucket = 'day' | 'week' | 'month';

export type TAttainmentRow = {
  period: Date;
  pack: string;
  plan: string;
  severity: string;
  milestone: string;
  met: number;
  breached: number;
  pending: number;
};

export type TCentreBreachRow = { pack: string; centre: string; breached: number; total: number };

/**
 * SLA promises (deadline milestones: first response, resolution) whose due instant falls in
 * [from, to), per period (UTC `date_trunc`) × pack × plan × severity × milestone. A milestone is `met`
 * when it was met by its due instant, `breached` when it was marked breached, met late, or is still
 * unmet after its due instant, else `pending`. Scoped by tenant.
 */
export async function countSlaAttainment(
  db: TDb,
  tenantId: string,
  range: { from: Date; to: Date; bucket: TAttainmentBucket; now: Date },
): Promise<TAttainmentRow[]> {
  const outcome = outcomeExpression(range.now);
  const rows = await promisesDue(db, tenantId, range)
    .select([
      sql<Date>`date_trunc(${range.bucket}, m.due_at at time zone 'UTC') at time zone 'UTC'`.as('period'),
      'c.pack_id as pack',
      'c.plan',
      'c.severity',
      'm.name as milestone',
      sql<number>`count(*) filter (where ${outcome} = 'met')::int`.as('met'),
      sql<number>`count(*) filter (where ${outcome} = 'breached')::int`.as('breached'),
      sql<number>`count(*) filter (where ${outcome} = 'pending')::int`.as('pending'),
    ])
    .groupBy(['period', 'c.pack_id', 'c.plan', 'c.severity', 'm.name'])
    .orderBy('period')
    .orderBy('c.pack_id')
    .orderBy('c.plan')
    .orderBy('c.severity')
    .orderBy('m.name')
    .execute();
  return rows.map((row) => ({ ...row, period: new Date(row.period) }));
}

/** Per serving centre (centre ids are per pack): deadline milestones due in [from, to) and how many of them were breached. */
export async function countBreachesByCentre(
  db: TDb,
  tenantId: string,
  range: { from: Date; to: Date; now: Date },
): Promise<TCentreBreachRow[]> {
  const outcome = outcomeExpression(range.now);
  return promisesDue(db, tenantId, range)
    .select([
      'c.pack_id as pack',
      'c.centre',
      sql<number>`count(*) filter (where ${outcome} = 'breached')::int`.as('breached'),
      sql<number>`count(*)::int`.as('total'),
    ])
    .groupBy(['c.pack_id', 'c.centre'])
    .orderBy('c.pack_id')
    .orderBy('c.centre')
    .execute();
}

/** The tenant's promises (first response and resolution deadlines) due in [from, to), with their case. */
function promisesDue(db: TDb, tenantId: string, range: { from: Date; to: Date }) {
  return db
    .selectFrom('case_milestones as m')
    .innerJoin('cases as c', (join) =>
      join.onRef('c.tenant_id', '=', 'm.tenant_id').onRef('c.id', '=', 'm.case_id'),
    )
    .where('m.tenant_id', '=', tenantId)
    .where('m.kind', '=', 'deadline')
    .where('m.name', 'in', ['first_response', 'resolution'])
    .where('m.due_at', '>=', range.from)
    .where('m.due_at', '<', range.to);
}

function outcomeExpression(now: Date) {
  return sql<string>`case
    when m.breached_at is not null or m.met_at > m.due_at then 'breached'
    when m.met_at is not null then 'met'
    when m.due_at <= ${now} then 'breached'
    else 'pending' end`;
}
