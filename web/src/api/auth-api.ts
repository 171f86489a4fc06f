import type { ApiClient } from './api-client.js';

/** Roles the API may assign. Vendor staff use the agent console (and admin); customers the portal. */
export type TVendorRole = 'vendor_admin' | 'support_manager' | 'agent';
export type TCustomerRole = 'customer_admin' | 'customer_contact';
export type TRole = TVendorRole | TCustomerRole;

export type TSessionUser = {
  id: string;
  email: string;
  name?: string;
  role: TRole | (string & {});
  /** The customer account of a customer user; null for vendor staff. */
  accountId?: string | null;
  /** Rights beyond the role's own records (e.g. `cases:view_escalated`), from the server. */
  permissions?: string[];
  tenant?: { id?: string; slug?: string; name?: string } | string;
};

export type TLoginInput = { tenant: string; email: string; password: string };
export type TSession = { user: TSessionUser; csrfToken?: string };

/** POST /auth/login → session cookie + `{csrfToken, user}`; the token is kept for later writes. */
export async function signIn(client: ApiClient, input: TLoginInput): Promise<TSession> {
  const session = await client.post<TSession>('/auth/login', input);
  client.setCsrfToken(session.csrfToken);
  return session;
}

/** GET /auth/me (`{user, csrfToken?}` or the bare user) → the signed-in user, or an ApiError with status 401 when there is no session. */
export async function fetchSession(client: ApiClient): Promise<TSession> {
  const body = await client.get<TSession | TSessionUser>('/auth/me');
  const session: TSession = 'user' in body ? body : { user: body };
  if (session.csrfToken) client.setCsrfToken(session.csrfToken);
  return session;
}

/**
 * GET /auth/session → the session, or null when signed out. Answers 200 either way, so loading a
 * page while signed out logs no failed request in the browser console (unlike /auth/me's 401).
 */
export async function fetchOptionalSession(client: ApiClient): Promise<TSession | null> {
  const body = await client.get<{ user: TSessionUser | null; csrfToken: string | null }>('/auth/session');
  if (!body.user) return null;
  if (body.csrfToken) client.setCsrfToken(body.csrfToken);
  return { user: body.user, ...(body.csrfToken ? { csrfToken: body.csrfToken } : {}) };
}

export async function signOut(client: ApiClient): Promise<void> {
  try {
    await client.post<unknown>('/auth/logout');
  } finally {
    client.setCsrfToken(undefined);
  }
}
