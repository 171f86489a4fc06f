import type { TTransaction } from '../../db/schema.js';
import type { TCaseCommentRow, TCaseMilestoneRow, TCaseRow, TCaseStatus } from '../../db/schema-records.js';
import { describePhoneSupport } from '../../domain/center/describe-phone-support.js';
import type { TPolicy } from '../../domain/packs/schema.js';
import { describeInstant } from '../../domain/sla/local-time.js';
import { recordEvent, type TEmailRecipient, type TRecordEventInput } from '../../outbox/record-event.js';
import { findAssignee } from '../workflow/workflow-recipients.js';
import { listCaseCustomerRecipients } from './case-customer-recipients.js';

/** A case as events describe it; an opening's number is still `caseNumberMarker` (filled in by the insert). */
type TEventCase = Pick<
  TCaseRow,
  | 'tenant_id'
  | 'id'
  | 'account_id'
  | 'title'
  | 'plan'
  | 'severity'
  | 'status'
  | 'centre'
  | 'tier'
  | 'assignee_id'
  | 'next_due_at'
> & { number: number | string };

const caseData = (row: TEventCase) => ({
  caseId: row.id,
  caseNumber: row.number,
  accountId: row.account_id,
  severity: row.severity,
  status: row.status,
  centre: row.centre,
  tier: row.tier,
});

const withEmail = (recipients: TEmailRecipient[], subject: string, text: string) =>
  recipients.length > 0 ? { email: { recipients, subject, text } } : {};

/**
 * `case.opened`: webhooks, and the customer's confirmation with the targets that apply, due times
 * in the serving centre's zone (the case's own promise, in writing). Written with the case itself.
 */
export function caseOpenedEvent(
  row: TEventCase,
  milestones: readonly Pick<TCaseMilestoneRow, 'name' | 'kind' | 'target' | 'due_at'>[],
  policy: TPolicy,
  recipients: TEmailRecipient[],
  now: Date,
): TRecordEventInput {
  const zone = policy.centres.find((centre) => centre.id === row.centre)?.calendar.timezone ?? 'UTC';
  const lines = milestones.map((milestone) => {
    const label = milestone.name.replaceAll('_', ' ');
    const due = milestone.due_at
      ? `due ${describeInstant(milestone.due_at.getTime(), zone)}`
      : milestone.kind;
    return `- ${label}: ${milestone.target} — ${due}`;
  });
  return {
    tenantId: row.tenant_id,
    type: 'case.opened',
    entityType: 'case',
    entityId: row.id,
    data: { ...caseData(row), nextDueAt: row.next_due_at?.toISOString() ?? null },
    ...withEmail(
      recipients,
      `Case #${row.number} received (${row.severity}): ${row.title}`,
      `We have your case #${row.number} "${row.title}" (${row.severity}, plan ${row.plan}).\n\n` +
        `What we promise:\n${lines.join('\n')}${describePhoneSupport(policy, row.centre)}`,
    ),
    occurredAt: now,
  };
}

/**
 * `case.commented`: webhooks for every comment; a public reply of the vendor is emailed to the
 * customer side, a customer's reply to the assignee. Internal notes are never emailed.
 */
export async function recordCaseCommented(
  trx: TTransaction,
  row: TCaseRow,
  comment: TCaseCommentRow,
  byCustomer: boolean,
  now: Date,
): Promise<void> {
  const recipients =
    comment.visibility === 'internal'
      ? []
      : byCustomer
        ? await findAssignee(trx, row.tenant_id, row.assignee_id)
        : await listCaseCustomerRecipients(trx, row.tenant_id, row.account_id);
  const author = comment.author_id
    ? ((
        await trx
          .selectFrom('users')
          .select('name')
          .where('tenant_id', '=', row.tenant_id)
          .where('id', '=', comment.author_id)
          .executeTakeFirst()
      )?.name ?? comment.author)
    : comment.author;
  await recordEvent(trx, {
    tenantId: row.tenant_id,
    type: 'case.commented',
    entityType: 'case',
    entityId: row.id,
    data: { ...caseData(row), commentId: comment.id, visibility: comment.visibility, author: comment.author },
    ...withEmail(
      recipients,
      `Case #${row.number}: new reply from ${author} — ${row.title}`,
      `${author} wrote on case #${row.number} "${row.title}":\n\n${comment.body}`,
    ),
    occurredAt: now,
  });
}

/** `case.status_changed`: webhooks; the customer hears when the case is resolved, the assignee when it is reopened. */
export async function recordCaseStatusChanged(
  trx: TTransaction,
  row: TCaseRow,
  from: TCaseStatus,
  now: Date,
): Promise<void> {
  const recipients =
    row.status === 'resolved'
      ? await listCaseCustomerRecipients(trx, row.tenant_id, row.account_id)
      : from === 'resolved' && row.status === 'in_progress'
        ? await findAssignee(trx, row.tenant_id, row.assignee_id)
        : [];
  const what = row.status === 'resolved' ? 'resolved' : 'reopened';
  await recordEvent(trx, {
    tenantId: row.tenant_id,
    type: 'case.status_changed',
    entityType: 'case',
    entityId: row.id,
    data: { ...caseData(row), from },
    ...withEmail(
      recipients,
      `Case #${row.number} ${what}: ${row.title}`,
      `Case #${row.number} "${row.title}" is now ${row.status.replaceAll('_', ' ')}.`,
    ),
    occurredAt: now,
  });
}

/** `case.assigned`: webhooks and an email to the new assignee (`recipients`: the assignee, if reachable). */
export function caseAssignedEvent(
  row: TEventCase,
  recipients: TEmailRecipient[],
  now: Date,
): TRecordEventInput {
  return {
    tenantId: row.tenant_id,
    type: 'case.assigned',
    entityType: 'case',
    entityId: row.id,
    data: { ...caseData(row), assigneeId: row.assignee_id },
    ...withEmail(
      recipients,
      `Case #${row.number} (${row.severity}) assigned to you: ${row.title}`,
      `Case #${row.number} "${row.title}" is yours. Next deadline: ${row.next_due_at?.toISOString() ?? 'none'}.`,
    ),
    occurredAt: now,
  };
}

export async function recordCaseAssigned(trx: TTransaction, row: TCaseRow, now: Date): Promise<void> {
  await recordEvent(
    trx,
    caseAssignedEvent(row, await findAssignee(trx, row.tenant_id, row.assignee_id), now),
  );
}
