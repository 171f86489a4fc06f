import { z } from 'zod';

/**
 * API token scopes. `<resource>:write` implies `<resource>:read`; `admin` implies every scope.
 * Add a resource's pair here when its routes appear; routes declare the scope they need.
 */
export const apiScopes = [
  'admin',
  'users:read',
  'users:write',
  'accounts:read',
  'accounts:write',
  'contracts:read',
  'contracts:write',
  'cases:read',
  'cases:write',
] as const;
export type TApiScope = (typeof apiScopes)[number];
export const ZApiScope = z.enum(apiScopes);

/** Whether a token granted `granted` may call a route that needs `required`. */
export function scopeAllows(granted: readonly TApiScope[], required: TApiScope): boolean {
  if (granted.includes('admin') || granted.includes(required)) return true;
  if (required.endsWith(':read')) {
    const write = `${required.slice(0, -':read'.length)}:write`;
    return (granted as readonly string[]).includes(write);
  }
  return false;
}
