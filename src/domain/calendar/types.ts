/**
 * Calendar spec: the stable input format of the business-time engine (DESIGN.md, stable interface 1).
 * Times are local wall-clock "HH:MM" in `timezone` (an IANA zone); `24:00` means the next midnight.
 */
export type TWeekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
export type TLocalInterval = readonly [open: string, close: string];

/** A dated closure: the centre is closed (all day, or only `from`–`to` local time) on `date`. */
export type TClosure = {
  date: string; // YYYY-MM-DD local date
  from?: string; // HH:MM; omitted = whole day
  to?: string;
  reason?: string;
};

/** A dated extra opening, e.g. a Saturday opened for a migration weekend. */
export type TExtraOpening = { date: string; hours: TLocalInterval[]; reason?: string };

export type TCalendarSpec = {
  timezone: string;
  hours: Partial<Record<TWeekday, TLocalInterval[]>>;
  /** Explicit local dates ("2026-11-26") and/or named sets ("us-federal", "uk-england-wales"). */
  holidays?: string[];
  closures?: TClosure[];
  openings?: TExtraOpening[];
};

/** Durations: h/min/s/ms are summed; `days` counts business days (same local time, snapped into hours). */
export type TDuration =
  | { hours?: number; minutes?: number; seconds?: number; milliseconds?: number; days?: undefined }
  | { days: number };
