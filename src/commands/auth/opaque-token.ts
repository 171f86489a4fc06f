import { createHash, randomBytes } from 'node:crypto';

/**
 * Session and API tokens: base64url of (tenant UUID bytes ‖ 32 random bytes), with an optional
 * prefix (`ac_` for API tokens). The tenant travels inside the token so its row is found by
 * (tenant_id, token_hash) — tenant first, as everywhere. Only the SHA-256 hash is stored; with
 * 256 random bits a fast hash is safe.
 */
export type TIssuedToken = { token: string; tokenHash: string };

export function issueOpaqueToken(tenantId: string, prefix = ''): TIssuedToken {
  const body = Buffer.concat([Buffer.from(tenantId.replaceAll('-', ''), 'hex'), randomBytes(32)]);
  const token = `${prefix}${body.toString('base64url')}`;
  return { token, tokenHash: hashOpaqueToken(token) };
}

export function hashOpaqueToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The tenant a token claims to belong to, or null when it is not one of ours. */
export function readTokenTenant(token: string, prefix = ''): string | null {
  if (!token.startsWith(prefix)) return null;
  const encoded = token.slice(prefix.length);
  if (!/^[A-Za-z0-9_-]{64}$/.test(encoded)) return null;
  const body = Buffer.from(encoded, 'base64url');
  if (body.length !== 48) return null;
  const hex = body.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function randomSecret(): string {
  return randomBytes(32).toString('base64url');
}
