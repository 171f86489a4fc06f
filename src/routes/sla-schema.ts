import { z } from 'zod';

/** The stable `sla explain --json` shape (DESIGN.md, stable interface 2). */
export const ZSlaJson = z
  .object({
    milestones: z.array(
      z.object({
        name: z.enum(['first_response', 'resolution', 'escalation']),
        due: z.iso.datetime().nullable(),
        kind: z.enum(['deadline', 'next_release', 'no_commitment', 'not_eligible']),
        target: z.string(),
        clock: z.string(),
        explanation: z.array(z.string()),
        clause: z.string().optional(),
      }),
    ),
  })
  .meta({ id: 'SlaExplanation' });
