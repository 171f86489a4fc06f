import { z } from 'zod';
import { ZSource } from './schema-common.js';

/** A plain-words statement shown to customers, with the clause it comes from (vendor-facing). */
const ZStatement = z.object({ text: z.string().min(1), source: ZSource }).strict();

/**
 * The Customer Center block of a pack: how phone support starts when the policy gives no numbers
 * (e.g. Ivanti's call-back, IVA-07), and what support does not cover (IMP-16, IVA-10, IVA-38/39).
 */
export const ZCustomerCenter = z
  .object({
    phone_note: ZStatement.optional(),
    out_of_scope: z.array(ZStatement).default([]),
  })
  .strict();
export type TCustomerCenter = z.infer<typeof ZCustomerCenter>;
