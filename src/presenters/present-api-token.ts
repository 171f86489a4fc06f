import { z } from 'zod';
import type { TApiTokenRow } from '../db/schema.js';

export const ZApiTokenView = z
  .object({
    id: z.uuid(),
    name: z.string(),
    prefix: z.string().describe('First characters of the token, to recognise it'),
    scopes: z.array(z.string()),
    createdAt: z.iso.datetime(),
    expiresAt: z.iso.datetime().nullable(),
    lastUsedAt: z.iso.datetime().nullable(),
    revoked: z.boolean(),
  })
  .meta({ id: 'ApiToken' });
export type TApiTokenView = z.infer<typeof ZApiTokenView>;

export function presentApiToken(token: TApiTokenRow): TApiTokenView {
  return {
    id: token.id,
    name: token.name,
    prefix: token.token_prefix,
    scopes: token.scopes,
    createdAt: token.created_at.toISOString(),
    expiresAt: token.expires_at?.toISOString() ?? null,
    lastUsedAt: token.last_used_at?.toISOString() ?? null,
    revoked: token.revoked_at !== null,
  };
}
