import { z } from 'zod';
import type { TDb, TTransaction } from '../../db/schema.js';
import type { TRmaRow } from '../../db/schema-rma.js';
import { recordEvent } from '../../outbox/record-event.js';
import { claimRmaNotice, listOpenRmasWithDeadlines, updateRma } from '../../repositories/rma-repository.js';
import { defineJob } from '../define-job.js';

/** How long before a deadline the warning goes out. */
export const RMA_WARNING_LEAD_MS = 24 * 60 * 60 * 1000;

type TNoticeKind = 'warning' | 'missed';

/**
 * RMA deadlines (H1): one day before a ship-by or return-due deadline a warning, after it a "missed"
 * notice — each once across processes (the `rma_notices` primary key per tenant, RMA, deadline, kind and
 * due). A missed return also flags `rma.return_overdue` and leaves a charge proposal (IMP-34) for a
 * vendor user to approve; a missed ship-by flags `rma.ship_overdue`.
 */
export const rmaDeadlineSweepJob = defineJob({
  id: 'rma.deadline-sweep',
  schema: z.strictObject({ tenantId: z.uuid().optional() }),
  cron: '*/5 * * * *',
  retry: { maxAttempts: 3, backoffMs: 5_000, maxBackoffMs: 60_000 },
  leaseMs: 120_000,
  mode: 'transactional',
  lane: 'timers',
  handle: async ({ payload, now, db }) => {
    const rows = await listOpenRmasWithDeadlines(db, payload.tenantId);
    for (const rma of rows) await sweepRma(db, rma, now);
  },
});

async function sweepRma(db: TDb, rma: TRmaRow, now: Date): Promise<void> {
  const deadlines: { name: 'ship_by' | 'return_due'; due: Date | null; done: boolean }[] = [
    { name: 'ship_by', due: rma.ship_by, done: rma.replacement_shipped_at !== null },
    { name: 'return_due', due: rma.return_due, done: rma.unit_returned_at !== null },
  ];
  for (const d of deadlines) {
    if (!d.due || d.done) continue;
    const kind: TNoticeKind | null =
      now.getTime() > d.due.getTime()
        ? 'missed'
        : now.getTime() >= d.due.getTime() - RMA_WARNING_LEAD_MS
          ? 'warning'
          : null;
    if (!kind) continue;
    const claimed = await claimRmaNotice(db, {
      tenant_id: rma.tenant_id,
      rma_id: rma.id,
      deadline: d.name,
      kind,
      due: d.due,
      sent_at: now,
    });
    if (!claimed) continue;
    await recordEvent(db as TTransaction, {
      tenantId: rma.tenant_id,
      type: kind === 'missed' ? 'rma.deadline_missed' : 'rma.deadline_warning',
      entityType: 'rma',
      entityId: rma.id,
      data: { rmaId: rma.id, caseId: rma.case_id, deadline: d.name, due: d.due.toISOString() },
      occurredAt: now,
    });
    if (kind === 'missed') {
      const flag = d.name === 'ship_by' ? 'rma.ship_overdue' : 'rma.return_overdue';
      const flags = [
        ...new Set([...rma.flags, flag, ...(d.name === 'return_due' ? ['rma.charge_proposed'] : [])]),
      ];
      await updateRma(db, rma.tenant_id, rma.id, {
        flags,
        ...(d.name === 'return_due' && rma.charge_status === null
          ? { charge_status: 'proposed' as const }
          : {}),
        updated_at: now,
      });
    }
  }
}
