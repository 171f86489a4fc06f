/**
 * A centre's month as calendar cells, built from the calendar API's answer (GET
 * /packs/:id/calendars/:centre: the month's `open` intervals as local instants, `holidays`,
 * `closures`). Also accepts a `days` list or the weekly `hours` plus dated `holidays`, `closures`
 * and `openings` (a pack file's calendar); there holidays win over hours and openings replace them.
 */
export type TMonthDay = {
  date: string;
  day: number;
  open: [string, string][];
  holiday?: string;
  closures: { from?: string; to?: string; reason?: string }[];
  opening?: string;
};

export type TMonthGrid = { month: string; timezone: string; weeks: (TMonthDay | null)[][] };

type TRaw = Record<string, unknown>;
const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const asRecord = (value: unknown): TRaw =>
  typeof value === 'object' && value !== null ? (value as TRaw) : {};
const asArray = (value: unknown): TRaw[] => (Array.isArray(value) ? value.map(asRecord) : []);
const asIntervals = (value: unknown): [string, string][] =>
  Array.isArray(value)
    ? value.flatMap((interval) => {
        if (Array.isArray(interval) && interval.length === 2)
          return [[String(interval[0]), String(interval[1])]];
        const record = asRecord(interval);
        return record.from !== undefined ? [[String(record.from), String(record.to)]] : [];
      })
    : [];

function daysInMonth(month: string): number {
  const [year, monthNumber] = month.split('-').map(Number);
  return new Date(Date.UTC(year ?? 1970, monthNumber ?? 1, 0)).getUTCDate();
}

/** 0 = Monday … 6 = Sunday. */
function weekdayIndex(date: string): number {
  return (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
}

export function buildMonthGrid(month: string, input: unknown): TMonthGrid {
  const raw = asRecord(input);
  const calendar = asRecord(raw.calendar);
  const source = Object.keys(calendar).length > 0 ? { ...calendar, ...raw } : raw;
  const timezone = String(source.timezone ?? source.timeZone ?? calendar.timezone ?? 'UTC');
  const hours = asRecord(source.hours);
  const byDate = new Map(asArray(source.days).map((day) => [String(day.date), day]));
  const openByDate = Array.isArray(source.open) ? splitOpenIntervals(asArray(source.open)) : undefined;
  const holidays = new Map(
    (Array.isArray(source.holidays) ? source.holidays : []).flatMap((holiday) =>
      typeof holiday === 'string'
        ? /^\d{4}-\d{2}-\d{2}$/.test(holiday)
          ? [[holiday, 'Holiday'] as const]
          : []
        : [[String(asRecord(holiday).date), String(asRecord(holiday).name ?? 'Holiday')] as const],
    ),
  );
  const closures = asArray(source.closures);
  const openings = asArray(source.openings);

  const cells: TMonthDay[] = [];
  const total = daysInMonth(month);
  for (let day = 1; day <= total; day++) {
    const date = `${month}-${String(day).padStart(2, '0')}`;
    const listed = byDate.get(date);
    const opening = openings.find((candidate) => candidate.date === date);
    const holiday = holidays.get(date) ?? (listed?.holiday ? String(listed.holiday) : undefined);
    let open = openByDate
      ? (openByDate.get(date) ?? [])
      : listed
        ? asIntervals(listed.open ?? listed.hours)
        : opening
          ? asIntervals(opening.hours)
          : asIntervals(hours[weekdays[weekdayIndex(date)] ?? 'mon']);
    if (holiday && !opening && !openByDate) open = [];
    const dayClosures: TMonthDay['closures'] = closures
      .filter((closure) => closure.date === date)
      .map((closure) => ({
        from: closure.from === undefined ? undefined : String(closure.from),
        to: closure.to === undefined ? undefined : String(closure.to),
        reason: closure.reason === undefined ? undefined : String(closure.reason),
      }));
    if (listed?.closure) dayClosures.push({ reason: String(listed.closure) });
    cells.push({
      date,
      day,
      open,
      ...(holiday ? { holiday } : {}),
      closures: dayClosures,
      ...(opening ? { opening: String(opening.reason ?? 'Special opening') } : {}),
    });
  }

  const weeks: (TMonthDay | null)[][] = [];
  let week: (TMonthDay | null)[] = Array.from({ length: weekdayIndex(`${month}-01`) }, () => null);
  for (const cell of cells) {
    week.push(cell);
    if (week.length === 7) {
      weeks.push(week);
      week = [];
    }
  }
  if (week.length > 0) weeks.push([...week, ...Array.from({ length: 7 - week.length }, () => null)]);
  return { month, timezone, weeks };
}

/**
 * Open intervals of a month as local ISO instants (`2026-11-02T08:00:00-05:00`), cut at local
 * midnights into per-date [from, to] times; an interval ending at midnight ends at "24:00".
 */
export function splitOpenIntervals(intervals: readonly TRaw[]): Map<string, [string, string][]> {
  const byDate = new Map<string, [string, string][]>();
  const add = (date: string, from: string, to: string) => {
    if (from === to) return;
    byDate.set(date, [...(byDate.get(date) ?? []), [from, to]]);
  };
  for (const interval of intervals) {
    const from = String(interval.from);
    const to = String(interval.to);
    let date = from.slice(0, 10);
    let start = from.slice(11, 16);
    const endDate = to.slice(0, 10);
    while (date < endDate) {
      add(date, start, '24:00');
      date = nextDate(date);
      start = '00:00';
    }
    add(date, start, to.slice(11, 16));
  }
  return byDate;
}

function nextDate(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}
