import { z } from 'zod';
import { ZId, ZIsoDate, ZLocalTime, ZSource } from './schema-common.js';

const ZInterval = z.tuple([ZLocalTime, ZLocalTime]);
const ZDayHours = z.array(ZInterval);

/** The calendar engine's TCalendarSpec, validated (DESIGN.md stable interface 1). */
export const ZCalendar = z
  .object({
    timezone: z.string().refine(isKnownTimeZone, 'unknown IANA time zone'),
    hours: z
      .object({
        mon: ZDayHours.optional(),
        tue: ZDayHours.optional(),
        wed: ZDayHours.optional(),
        thu: ZDayHours.optional(),
        fri: ZDayHours.optional(),
        sat: ZDayHours.optional(),
        sun: ZDayHours.optional(),
      })
      .strict(),
    holidays: z
      .array(
        z.union([
          ZIsoDate,
          z.enum(['us-federal', 'uk-england-wales', 'sg'], {
            message: 'holidays are YYYY-MM-DD dates or one of the sets us-federal, uk-england-wales, sg',
          }),
        ]),
      )
      .default([]),
    closures: z
      .array(
        z
          .object({
            date: ZIsoDate,
            from: ZLocalTime.optional(),
            to: ZLocalTime.optional(),
            reason: z.string().optional(),
          })
          .strict(),
      )
      .default([]),
    openings: z
      .array(z.object({ date: ZIsoDate, hours: ZDayHours, reason: z.string().optional() }).strict())
      .default([]),
  })
  .strict();
export type TCalendar = z.infer<typeof ZCalendar>;

export const ZCentre = z
  .object({
    id: ZId,
    name: z.string().min(1),
    location: z.string().optional(),
    serves: z.string().min(1),
    calendar: ZCalendar,
    /** true when the seed points to a web page for the value and the pack holds an editable default. */
    placeholder: z.boolean().default(false),
    placeholder_note: z.string().optional(),
    holiday_list_published: z.string().optional(),
    source: ZSource,
  })
  .strict();
export type TCentre = z.infer<typeof ZCentre>;

function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
