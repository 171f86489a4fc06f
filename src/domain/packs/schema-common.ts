import { z } from 'zod';

/** Where a pack entry comes from: the seed clause id (IMP-xx / IVA-xx), the seed section, and a quote. */
export const ZSource = z
  .object({
    clause: z.string().regex(/^[A-Z]+-\d{2,}$/, 'clause must look like IMP-49 or IVA-28'),
    section: z.string().min(1),
    quote: z.string().min(1).optional(),
    reading: z
      .string()
      .regex(/^[A-Z]\d+$/, 'reading must be a POLICY-READINGS id like T4 or C7')
      .optional(),
  })
  .strict();
export type TSource = z.infer<typeof ZSource>;

export const ZId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]*$/, 'ids are lower-case letters, digits, "-" and "_"');
export const ZSeverityId = z.string().regex(/^[A-Z0-9][A-Za-z0-9_-]*$/, 'severity ids look like P0 or S1');
export const ZIsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are YYYY-MM-DD');
export const ZLocalTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'times are HH:MM (00:00–24:00)');

export const ZChannel = z.enum(['portal', 'phone', 'email']);
export type TChannel = z.infer<typeof ZChannel>;

export const ZMilestoneName = z.enum(['first_response', 'resolution']);
export type TMilestoneName = z.infer<typeof ZMilestoneName>;
