import type { ExpressionBuilder } from 'kysely';
import { z } from 'zod';
import { findCasePack } from '../../commands/packs/find-pack-version.js';
import { milestoneClock } from '../../commands/workflow/centre-calendar.js';
import type { TDatabase, TDb } from '../../db/schema.js';
import { warningInstant } from '../../domain/workflow/breach-warning.js';
import { openCaseStatuses } from '../../domain/workflow/case-lifecycle.js';
import { defineJob } from '../define-job.js';
import { enqueueJob } from '../enqueue-job.js';
import { slaAlarmJob } from './sla-alarm-job.js';

const batch = 500;

/**
 * Sweep-then-queue for SLA timers (every minute, or for one tenant on demand): (1) computes the
 * breach-warning instant of every running deadline whose due changed or is new (the calendar work
 * happens here, once per due); (2) finds every warning, breach and timed escalation whose instant
 * has passed and enqueues one idempotent `sla.milestone-alarm` job per milestone, alarm and due.
 * Cases with an open pause are skipped (their due moves when they resume).
 */
export const slaSweepJob = defineJob({
  id: 'sla.sweep',
  schema: z.strictObject({ tenantId: z.uuid().optional() }),
  cron: '* * * * *',
  retry: { maxAttempts: 3, backoffMs: 5_000, maxBackoffMs: 60_000 },
  leaseMs: 120_000,
  mode: 'transactional',
  lane: 'timers',
  handle: async ({ payload, now, deps, db }) => {
    const threshold = deps.config.AFTERCARE_SLA_WARNING_PERCENT / 100;
    await refreshWarningTimers(db, payload.tenantId, threshold);
    const due = await findDueAlarms(db, payload.tenantId, now);
    for (const alarm of due) {
      await enqueueJob(
        db,
        slaAlarmJob,
        {
          tenantId: alarm.tenantId,
          milestoneId: alarm.milestoneId,
          alarm: alarm.alarm,
          due: alarm.due.toISOString(),
        },
        {
          now,
          tenantId: alarm.tenantId,
          dedupeKey: `sla:${alarm.milestoneId}:${alarm.alarm}:${alarm.due.toISOString()}`,
        },
      );
    }
  },
});

function runningDeadlines(db: TDb, tenantId: string | undefined) {
  return db
    .selectFrom('case_milestones as m')
    .innerJoin('cases as c', (join) =>
      join.onRef('c.tenant_id', '=', 'm.tenant_id').onRef('c.id', '=', 'm.case_id'),
    )
    .where('m.kind', '=', 'deadline')
    .where('m.due_at', 'is not', null)
    .where('m.met_at', 'is', null)
    .where('c.status', 'in', openCaseStatuses)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('case_pauses as p')
            .select('p.id')
            .whereRef('p.tenant_id', '=', 'm.tenant_id')
            .whereRef('p.case_id', '=', 'm.case_id')
            .where('p.resumed_at', 'is', null),
        ),
      ),
    )
    .$if(tenantId !== undefined, (qb) => qb.where('m.tenant_id', '=', tenantId ?? ''));
}

async function refreshWarningTimers(db: TDb, tenantId: string | undefined, threshold: number): Promise<void> {
  const stale = await runningDeadlines(db, tenantId)
    .leftJoin('milestone_timers as t', (join) =>
      join.onRef('t.tenant_id', '=', 'm.tenant_id').onRef('t.milestone_id', '=', 'm.id'),
    )
    .where('m.name', '<>', 'escalation')
    .where('m.warned_at', 'is', null)
    .where('m.breached_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb('t.milestone_id', 'is', null),
        eb('t.due_at', '<>', eb.ref('m.due_at')),
        eb('t.threshold', '<>', threshold),
      ]),
    )
    .select([
      'm.tenant_id',
      'm.id',
      'm.case_id',
      'm.due_at',
      'm.timing',
      'm.paused_ms',
      'c.pack_id',
      'c.pack_version',
      'c.centre',
    ])
    .limit(batch)
    .execute();
  // The case's own pack version (a tenant's published version may have other centre hours), once per batch.
  const packs = new Map<string, ReturnType<typeof findCasePack>>();
  for (const row of stale) {
    if (!row.due_at) continue;
    const packKey = `${row.tenant_id}|${row.pack_id}|${row.pack_version}`;
    if (!packs.has(packKey)) packs.set(packKey, findCasePack(db, row.tenant_id, row));
    const clock = milestoneClock(
      await (packs.get(packKey) as ReturnType<typeof findCasePack>),
      row.centre,
      row.timing,
    );
    const due = row.due_at.getTime();
    const warnAt = clock
      ? warningInstant(clock.clock, { start: clock.start, due, pausedMs: row.paused_ms, threshold })
      : due;
    await db
      .insertInto('milestone_timers')
      .values({
        tenant_id: row.tenant_id,
        milestone_id: row.id,
        case_id: row.case_id,
        due_at: row.due_at,
        warn_at: new Date(warnAt),
        threshold,
      })
      .onConflict((conflict) =>
        conflict
          .columns(['tenant_id', 'milestone_id'])
          .doUpdateSet({ due_at: row.due_at as Date, warn_at: new Date(warnAt), threshold }),
      )
      .execute();
  }
}

type TDueAlarm = {
  tenantId: string;
  milestoneId: string;
  alarm: 'warning' | 'breach' | 'escalation';
  due: Date;
};

async function findDueAlarms(db: TDb, tenantId: string | undefined, now: Date): Promise<TDueAlarm[]> {
  const notEscalation = (eb: ExpressionBuilder<TDatabase & { m: TDatabase['case_milestones'] }, 'm'>) =>
    eb('m.name', '<>', 'escalation');
  const warnings = await runningDeadlines(db, tenantId)
    .innerJoin('milestone_timers as t', (join) =>
      join
        .onRef('t.tenant_id', '=', 'm.tenant_id')
        .onRef('t.milestone_id', '=', 'm.id')
        .onRef('t.due_at', '=', 'm.due_at'),
    )
    .where(notEscalation)
    .where('m.warned_at', 'is', null)
    .where('m.breached_at', 'is', null)
    .where('t.warn_at', '<=', now)
    .where('m.due_at', '>=', now)
    .select(['m.tenant_id', 'm.id', 'm.due_at'])
    .limit(batch)
    .execute();
  const breaches = await runningDeadlines(db, tenantId)
    .where(notEscalation)
    .where('m.breached_at', 'is', null)
    .where('m.due_at', '<', now)
    .select(['m.tenant_id', 'm.id', 'm.due_at'])
    .limit(batch)
    .execute();
  const escalations = await runningDeadlines(db, tenantId)
    .where('m.name', '=', 'escalation')
    .where('m.due_at', '<=', now)
    .select(['m.tenant_id', 'm.id', 'm.due_at'])
    .limit(batch)
    .execute();
  const toAlarm =
    (alarm: TDueAlarm['alarm']) => (row: { tenant_id: string; id: string; due_at: Date | null }) => ({
      tenantId: row.tenant_id,
      milestoneId: row.id,
      alarm,
      due: row.due_at as Date,
    });
  return [
    ...warnings.map(toAlarm('warning')),
    ...breaches.map(toAlarm('breach')),
    ...escalations.map(toAlarm('escalation')),
  ];
}
