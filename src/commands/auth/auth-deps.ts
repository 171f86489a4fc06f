import type { TConfig } from '../../config.js';
import type { TDb } from '../../db/schema.js';

export type TAuthConfig = Pick<
  TConfig,
  | 'AFTERCARE_SESSION_TTL_HOURS'
  | 'AFTERCARE_LOGIN_MAX_FAILURES'
  | 'AFTERCARE_LOGIN_MAX_FAILURES_PER_IP'
  | 'AFTERCARE_LOGIN_MAX_FAILURES_PER_EMAIL'
  | 'AFTERCARE_LOGIN_WINDOW_MINUTES'
>;

/** What the auth commands need: the database and the auth settings. */
export type TAuthDeps = { db: TDb; config: TAuthConfig };
