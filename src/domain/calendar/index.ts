/** The `aftercare/calendar` library: business-time arithmetic (DESIGN.md stable interface 1). */
export { BusinessCalendar, MAX_YEAR, MIN_YEAR } from './business-calendar.js';
export type { TClosureSpan, THolidayOnDate } from './explain-calendar.js';
export { HOLIDAY_SET_NAMES, type THolidaySetName } from './holiday-sets.js';
export { formatInstant, parseInstant } from './parse-instant.js';
export type { TCalendarSpec, TClosure, TDuration, TExtraOpening, TLocalInterval, TWeekday } from './types.js';
