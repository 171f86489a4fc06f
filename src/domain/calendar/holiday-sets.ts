import Holidays from 'date-holidays';
import { parseIsoDate } from './local-date.js';

/**
 * Named public-holiday sets, valid for any year, built on the `date-holidays` library.
 * - `us-federal`: the 11 US federal holidays on their observed dates (Sat → Fri, Sun → Mon). Observances
 *   and optional days in the library (day after Thanksgiving, Christmas Eve, Election Day…) are left out.
 * - `uk-england-wales`: England & Wales bank holidays incl. substitute days (observed dates).
 * - `sg`: Singapore gazetted public holidays; a Sunday holiday also gives the Monday in lieu.
 */
export const HOLIDAY_SET_NAMES = ['us-federal', 'uk-england-wales', 'sg'] as const;
export type THolidaySetName = (typeof HOLIDAY_SET_NAMES)[number];

type TSetDefinition = {
  country: string;
  state?: string;
  /** Keep the original date of a holiday that also has a substitute day (Singapore lists both). */
  keepSubstituted: boolean;
  /** How a substitute day is named in this set (the US calls it the observed holiday). */
  substituteSuffix: string;
};

const definitions: Record<THolidaySetName, TSetDefinition> = {
  'us-federal': { country: 'US', keepSubstituted: false, substituteSuffix: ' (observed)' },
  'uk-england-wales': {
    country: 'GB',
    state: 'ENG',
    keepSubstituted: false,
    substituteSuffix: ' (substitute day)',
  },
  sg: { country: 'SG', keepSubstituted: true, substituteSuffix: ' (in lieu)' },
};

const SUBSTITUTE_SUFFIX = ' (substitute day)';
const libraries = new Map<THolidaySetName, Holidays>();
const rawYears = new Map<string, TRawHoliday[]>();
const observedYears = new Map<string, ReadonlyMap<number, string>>();

type TRawHoliday = { day: number; name: string; substitute: boolean };

export function isHolidaySetName(value: string): value is THolidaySetName {
  return (HOLIDAY_SET_NAMES as readonly string[]).includes(value);
}

/** Holidays of `set` whose (observed) local date falls in `year`: day number → name. Cached. */
export function getHolidaySetYear(set: THolidaySetName, year: number): ReadonlyMap<number, string> {
  const key = `${set}:${year}`;
  let days = observedYears.get(key);
  if (!days) {
    days = computeObservedYear(set, year);
    observedYears.set(key, days);
  }
  return days;
}

function computeObservedYear(set: THolidaySetName, year: number): ReadonlyMap<number, string> {
  const definition = definitions[set];
  // A substitute may land in the neighbouring year (US New Year's Day 2028 is observed 2027-12-31).
  const window = [year - 1, year, year + 1].flatMap((y) => getRawYear(set, y));
  const days = new Map<number, string>();
  const first = parseIsoDate(`${String(year).padStart(4, '0')}-01-01`)!;
  const last = parseIsoDate(`${String(year).padStart(4, '0')}-12-31`)!;
  for (const holiday of window) {
    if (holiday.day < first || holiday.day > last) continue;
    if (!holiday.substitute && !definition.keepSubstituted && isSubstitutedNear(holiday, window)) continue;
    const name = holiday.substitute
      ? `${baseName(holiday.name)}${definition.substituteSuffix}`
      : holiday.name;
    if (!days.has(holiday.day)) days.set(holiday.day, name);
  }
  return days;
}

/** True when a substitute day for this holiday exists within a few days (so only that one is observed). */
function isSubstitutedNear(holiday: TRawHoliday, window: TRawHoliday[]): boolean {
  return window.some(
    (other) =>
      other.substitute && baseName(other.name) === holiday.name && Math.abs(other.day - holiday.day) <= 3,
  );
}

function getRawYear(set: THolidaySetName, year: number): TRawHoliday[] {
  const key = `${set}:${year}`;
  let list = rawYears.get(key);
  if (!list) {
    list = [];
    for (const holiday of getLibrary(set).getHolidays(year)) {
      // Only days off for everyone: `public` (and `bank`, which the US data uses for some observed
      // substitute days). `optional`, `observance` and `school` days are open.
      if (holiday.type !== 'public' && holiday.type !== 'bank') continue;
      const day = parseIsoDate(holiday.date.slice(0, 10));
      if (day === undefined) continue;
      list.push({ day, name: holiday.name, substitute: holiday.substitute === true });
    }
    rawYears.set(key, list);
  }
  return list;
}

function getLibrary(set: THolidaySetName): Holidays {
  let library = libraries.get(set);
  if (!library) {
    const { country, state } = definitions[set];
    // Loading only public/bank rules skips observances entirely (about 3× faster per year).
    const options = { types: ['public', 'bank'] as ('public' | 'bank')[] };
    library = state ? new Holidays(country, state, options) : new Holidays(country, options);
    libraries.set(set, library);
  }
  return library;
}

function baseName(name: string): string {
  return name.endsWith(SUBSTITUTE_SUFFIX) ? name.slice(0, -SUBSTITUTE_SUFFIX.length) : name;
}
