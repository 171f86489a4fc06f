import { addDays, type TIsoDate } from './contract-dates.js';
import type { TContractStanding } from './contract-standing.js';

export type TReminderKind =
  | 'renewal_coming'
  | 'non_renewal_deadline'
  | 'objection_window_closing'
  | 'cure_deadline'
  | 'invoice_overdue';

/** One reminder: its kind, what it is about (once per kind and subject) and the date it points at. */
export type TReminder = { kind: TReminderKind; subject: string; due: TIsoDate; text: string };

/** How many days ahead each reminder goes out. */
export const REMINDER_LEAD_DAYS = {
  renewal_coming: 60,
  non_renewal_deadline: 14,
  objection_window_closing: 7,
  cure_deadline: 7,
} as const;

/**
 * The reminders a contract's standing calls for on `today` (T8 calendar dates): renewal coming (60
 * days before a renewing term ends), the non-renewal deadline (14 days before), an objection window
 * (7 days before it closes), a breach cure deadline (7 days before) and each overdue invoice. The
 * daily job sends each (kind, subject) once. Pure.
 */
export function dueReminders(
  standing: TContractStanding,
  input: {
    today: TIsoDate;
    nonRenewalDaysBeforeEnd: number;
    renews: boolean;
    invoiceNumbers: Record<string, string>;
  },
): TReminder[] {
  const { today } = input;
  const within = (due: TIsoDate, lead: number) => today <= due && today >= addDays(due, -lead);
  const reminders: TReminder[] = [];
  const term = standing.current;
  if (term && input.renews && !standing.nonRenewing && term.end >= today) {
    if (within(term.end, REMINDER_LEAD_DAYS.renewal_coming)) {
      reminders.push({
        kind: 'renewal_coming',
        subject: term.end,
        due: term.end,
        text: `The support term ends on ${term.end} and renews from ${addDays(term.end, 1)}.`,
      });
    }
    const deadline = addDays(term.end, -input.nonRenewalDaysBeforeEnd);
    if (within(deadline, REMINDER_LEAD_DAYS.non_renewal_deadline)) {
      reminders.push({
        kind: 'non_renewal_deadline',
        subject: deadline,
        due: deadline,
        text: `A notice of non-renewal must be received by ${deadline} for the term ending ${term.end}.`,
      });
    }
  }
  for (const notice of standing.notices) {
    if (notice.outcome === 'contract.change_pending' && notice.deadline) {
      if (within(notice.deadline, REMINDER_LEAD_DAYS.objection_window_closing)) {
        reminders.push({
          kind: 'objection_window_closing',
          subject: notice.id,
          due: notice.deadline,
          text: `The window to object to the announced change closes on ${notice.deadline}.`,
        });
      }
    }
    if (notice.outcome === 'contract.breach_cure_pending' && notice.deadline) {
      if (within(notice.deadline, REMINDER_LEAD_DAYS.cure_deadline)) {
        reminders.push({
          kind: 'cure_deadline',
          subject: notice.id,
          due: notice.deadline,
          text: `The breach noticed on ${notice.receivedOn} must be cured by ${notice.deadline}.`,
        });
      }
    }
  }
  for (const [id, state] of Object.entries(standing.invoiceStates)) {
    if (state !== 'overdue') continue;
    reminders.push({
      kind: 'invoice_overdue',
      subject: id,
      due: today,
      text: `Invoice ${input.invoiceNumbers[id] ?? ''} is overdue.`.replace('  ', ' '),
    });
  }
  return reminders;
}
