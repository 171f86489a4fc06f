import { type QueryClient, useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useMemo } from 'react';
import { type ApiClient, apiClient } from '../api/api-client.js';
import { isApiError } from '../api/api-error.js';
import {
  fetchOptionalSession,
  signIn,
  signOut,
  type TLoginInput,
  type TSession,
  type TSessionUser,
} from '../api/auth-api.js';

export type TAuthState = {
  status: 'loading' | 'signed_out' | 'signed_in';
  user: TSessionUser | undefined;
  client: ApiClient;
  signIn: (input: TLoginInput) => Promise<TSessionUser>;
  signOut: () => Promise<void>;
};

const AuthContext = createContext<TAuthState | undefined>(undefined);
const sessionKey = ['auth', 'session'] as const;

/** Drops every cached answer of the previous user but keeps the session query (and its observers). */
function forgetOtherQueries(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKey[0] });
}

/** Loads the session once (GET /auth/session: null when signed out); a 401/404 also means signed out. */
async function loadSession(client: ApiClient): Promise<TSession | null> {
  try {
    return await fetchOptionalSession(client);
  } catch (error) {
    if (isApiError(error) && (error.status === 401 || error.status === 404)) return null;
    throw error;
  }
}

export function AuthProvider({ children, client = apiClient }: { children: ReactNode; client?: ApiClient }) {
  const queryClient = useQueryClient();
  const session = useQuery({
    queryKey: sessionKey,
    queryFn: () => loadSession(client),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });

  const doSignIn = useCallback(
    async (input: TLoginInput) => {
      const result = await signIn(client, input);
      forgetOtherQueries(queryClient);
      queryClient.setQueryData(sessionKey, result);
      return result.user;
    },
    [client, queryClient],
  );

  const doSignOut = useCallback(async () => {
    try {
      await signOut(client);
    } finally {
      forgetOtherQueries(queryClient);
      queryClient.setQueryData(sessionKey, null);
    }
  }, [client, queryClient]);

  const value = useMemo<TAuthState>(() => {
    const user = session.data?.user;
    const status = session.isPending ? 'loading' : user ? 'signed_in' : 'signed_out';
    return { status, user, client, signIn: doSignIn, signOut: doSignOut };
  }, [session.data, session.isPending, client, doSignIn, doSignOut]);

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): TAuthState {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>');
  return value;
}
