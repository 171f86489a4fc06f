import { z } from 'zod';

/** The body of every error response. */
export const ZErrorBody = z.object({
  error: z.object({
    code: z.string().describe('Stable dotted code, e.g. `case.not_found`, `request.invalid`'),
    message: z.string(),
    details: z
      .array(
        z.object({
          field: z.string().optional(),
          line: z.number().optional(),
          column: z.number().optional(),
          message: z.string(),
        }),
      )
      .optional(),
  }),
});
export type TErrorBody = z.infer<typeof ZErrorBody>;

/** Error responses to list in a route's `schema.response` so they show in the OpenAPI document. */
export const errorResponses = {
  400: ZErrorBody.describe('Invalid request (`request.invalid` names each field)'),
  401: ZErrorBody.describe('Not signed in (`auth.unauthenticated`)'),
  403: ZErrorBody.describe('Not allowed (`auth.forbidden`, `auth.csrf_invalid`, `auth.insufficient_scope`)'),
  404: ZErrorBody.describe('Not found — also for resources of another tenant or account'),
} as const;
