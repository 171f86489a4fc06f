import type { TDb } from '../../db/schema.js';
import type { TCaseMilestoneRow, TCaseRow } from '../../db/schema-records.js';
import { withTransaction } from '../../db/with-transaction.js';
import { checkPhoneIntake } from '../../domain/workflow/phone-intake.js';
import { AppError } from '../../lib/app-error.js';
import { recordEvent } from '../../outbox/record-event.js';
import { describeActor, type TActor } from '../../policies/actor.js';
import { recordAudit } from '../../repositories/audit-repository.js';
import { setCaseQueue } from '../../repositories/case-routing-repository.js';
import {
  findPhoneVerificationForUpdate,
  markPhoneVerificationUsed,
} from '../../repositories/phone-pin-repository.js';
import { casePack } from '../cases/case-pack.js';
import type { TIncidentDetails } from '../cases/incident-details.js';
import { openCase } from '../cases/open-case.js';
import { centreCalendar } from '../workflow/centre-calendar.js';
import { listSupportManagers } from '../workflow/workflow-recipients.js';
import { assertPhoneAgent } from './assert-phone-agent.js';

export type TOpenPhoneCaseInput = {
  accountId: string;
  /** From POST /phone-intake/verify: makes `pin_verified` true for the SLA (C8). Single use. */
  verificationId?: string | undefined;
  contractId?: string | undefined;
  productId?: string | undefined;
  title: string;
  description: string;
  severity: string;
  details?: TIncidentDetails | undefined;
};

/**
 * An agent opens a case for a caller (channel `phone`), in one transaction: uses up the PIN
 * verification, opens the case (the SLA sees `pin_verified`), applies the phone rules of the plan
 * (C1/C8: PIN required, after-hours calls only for the plan's emergencies) and routes an after-hours
 * emergency to the `on_call` queue with a `case.on_call` event. On-call recipients are the tenant's
 * support managers (they run the on-call rota); the queue filter shows the cases to whoever is on call.
 */
export async function openPhoneCase(
  deps: { db: TDb },
  actor: TActor,
  input: TOpenPhoneCaseInput,
  now: Date,
): Promise<{ case: TCaseRow; milestones: TCaseMilestoneRow[]; afterHours: boolean; notes: string[] }> {
  assertPhoneAgent(actor);
  return withTransaction(deps.db, async (trx) => {
    let verificationId: string | null = null;
    if (input.verificationId !== undefined) {
      const verification = await findPhoneVerificationForUpdate(trx, actor.tenantId, input.verificationId);
      const problem =
        !verification ||
        verification.account_id !== input.accountId ||
        verification.actor !== describeActor(actor)
          ? 'is not a PIN check of this account by you'
          : verification.used_at !== null
            ? 'was already used'
            : verification.expires_at.getTime() <= now.getTime()
              ? 'has expired; check the PIN again'
              : null;
      if (problem) {
        throw new AppError('phone.verification_invalid', `The PIN verification ${problem}`, [
          { field: 'verificationId', message: problem },
        ]);
      }
      verificationId = input.verificationId;
    }
    const { verificationId: _unused, ...caseInput } = input;
    const opened = await openCase(
      { db: trx },
      actor,
      { ...caseInput, channel: 'phone', pinVerified: verificationId !== null },
      now,
    );
    const policy = await casePack(trx, opened.case);
    const decision = checkPhoneIntake(policy, {
      plan: opened.case.plan,
      severity: opened.case.severity,
      pinVerified: verificationId !== null,
      calendar: centreCalendar(policy, opened.case.centre),
      now: now.getTime(),
    });
    if (verificationId !== null) {
      await markPhoneVerificationUsed(trx, {
        tenantId: actor.tenantId,
        id: verificationId,
        caseId: opened.case.id,
        at: now,
      });
    }
    let row = opened.case;
    if (decision.queue === 'on_call') {
      row = await setCaseQueue(trx, { tenantId: actor.tenantId, caseId: row.id, queue: 'on_call', at: now });
      const data = {
        caseId: row.id,
        caseNumber: row.number,
        severity: row.severity,
        centre: row.centre,
        nextDueAt: row.next_due_at?.toISOString() ?? null,
        notes: decision.notes,
      };
      await recordAudit(trx, {
        actor,
        action: 'case.routed_on_call',
        entityType: 'case',
        entityId: row.id,
        after: data,
        at: now,
      });
      await recordEvent(trx, {
        tenantId: actor.tenantId,
        type: 'case.on_call',
        entityType: 'case',
        entityId: row.id,
        data,
        email: {
          recipients: await listSupportManagers(trx, actor.tenantId),
          subject: `On call: case #${row.number} (${row.severity}) — ${row.title}`,
          text: `${decision.notes.join('\n')}\nFirst due ${data.nextDueAt ?? 'n/a'}.`,
        },
        occurredAt: now,
      });
    }
    return {
      case: row,
      milestones: opened.milestones,
      afterHours: decision.afterHours,
      notes: decision.notes,
    };
  });
}
