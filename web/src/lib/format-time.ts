/** Time helpers for the UI. Pure: the zone, locale and `now` always come in as arguments. */

export type TInstant = string | number | Date;

export function toEpochMs(instant: TInstant): number {
  if (typeof instant === 'number') return instant;
  if (instant instanceof Date) return instant.getTime();
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) throw new RangeError(`Not an ISO-8601 instant: ${instant}`);
  return ms;
}

/** The zone the browser runs in (the viewer's zone). */
export function findViewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/**
 * E.g. "Tue 24 Nov 2026, 14:05 GMT+1": weekday, date, 24-hour time and the zone's short name.
 * Assembled from parts so the layout does not change with the browser's ICU version.
 */
export function formatInstant(instant: TInstant, timeZone: string, locale = 'en-GB'): string {
  const parts = new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  }).formatToParts(toEpochMs(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}, ${part('hour')}:${part('minute')} ${part('timeZoneName')}`;
}

export type TInstantLabel = { text: string; title: string; iso: string };

/**
 * What an instant shows: the text in the viewer's zone; the title (hover) in the support centre's
 * zone, so customers and agents in other zones can see the centre's local time.
 */
export function describeInstant(
  instant: TInstant,
  zones: { viewer: string; centre?: string; centreLabel?: string },
  locale = 'en-GB',
): TInstantLabel {
  const ms = toEpochMs(instant);
  const text = formatInstant(ms, zones.viewer, locale);
  const iso = new Date(ms).toISOString();
  if (!zones.centre) return { text, title: iso, iso };
  const centreText = formatInstant(ms, zones.centre, locale);
  const name = zones.centreLabel
    ? /support cent(re|er)$/i.test(zones.centreLabel)
      ? zones.centreLabel
      : `${zones.centreLabel} support centre`
    : `Support centre (${zones.centre})`;
  return { text, title: `${name}: ${centreText}`, iso };
}

/**
 * A compact duration: "45s", "12m 05s", "3h 07m", "2d 4h". Negative values are formatted by size;
 * callers say "ago"/"left".
 */
export function formatDuration(ms: number): string {
  const totalSeconds = Math.floor(Math.abs(ms) / 1000);
  const days = Math.floor(totalSeconds / 86_400);
  const hours = Math.floor((totalSeconds % 86_400) / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  if (days > 0) return `${days}d ${hours}h`;
  if (hours > 0) return `${hours}h ${pad(minutes)}m`;
  if (minutes > 0) return `${minutes}m ${pad(seconds)}s`;
  return `${seconds}s`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
