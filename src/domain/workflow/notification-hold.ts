import type { BusinessCalendar } from '../calendar/index.js';

/**
 * When a customer-facing notification may go out: right away, or — when the tenant holds
 * notifications to business hours — at the next opening of the case's centre.
 */
export function notificationSendAfter(
  calendar: BusinessCalendar,
  now: number,
  holdToBusinessHours: boolean,
): number {
  if (!holdToBusinessHours || calendar.isOpen(now)) return now;
  return calendar.nextOpen(now);
}
