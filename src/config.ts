import { z } from 'zod';

/** The only place that reads process.env. Parsed once, frozen, passed down explicitly. */
export const ZConfig = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: z.string().url().optional(),
  AFTERCARE_DATA_DIR: z.string().default('./.aftercare/data'),
  /** PostgreSQL: prepare hot statements per connection; `false` behind a transaction-mode pooler (PgBouncer). */
  AFTERCARE_PG_PREPARE: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  AFTERCARE_SEED_DEMO: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  AFTERCARE_SECURE_COOKIES: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  /** Lifetime of a login session (hours). */
  AFTERCARE_SESSION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(168),
  /** Failed logins allowed per (tenant, email, client address) within the window before 429 auth.rate_limited. */
  AFTERCARE_LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  /** Failed logins allowed per (tenant, email) from all addresses (so one address cannot lock a user out). */
  AFTERCARE_LOGIN_MAX_FAILURES_PER_EMAIL: z.coerce.number().int().min(1).default(100),
  /** Failed logins allowed per client IP (all tenants) within the window. */
  AFTERCARE_LOGIN_MAX_FAILURES_PER_IP: z.coerce.number().int().min(1).default(50),
  AFTERCARE_LOGIN_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  /** Trust X-Forwarded-For (set when running behind a reverse proxy) so rate limits see client IPs. */
  AFTERCARE_TRUST_PROXY: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  /** Consecutive wrong Premium Support PINs per account before phone verification locks (C8). */
  AFTERCARE_PIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  /** How long a PIN lock lasts (minutes); also the window failures and agent attempts are counted in. */
  AFTERCARE_PIN_LOCK_MINUTES: z.coerce.number().int().min(1).default(15),
  /** PIN checks one agent may make (all accounts) within the lock window before 429. */
  AFTERCARE_PIN_MAX_ATTEMPTS_PER_AGENT: z.coerce.number().int().min(1).default(30),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('Aftercare <support@aftercare.local>'),
  AFTERCARE_WORKER: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /** Share of an SLA target after which a breach warning goes out (percent). */
  AFTERCARE_SLA_WARNING_PERCENT: z.coerce.number().min(1).max(99).default(75),
  /** Hold customer-facing notifications until the case's centre is open. */
  AFTERCARE_HOLD_NOTIFICATIONS: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  /**
   * Webhook hosts (comma-separated names or IP literals) that may be internal — private, loopback or
   * link-local addresses are otherwise refused at creation and at delivery (SSRF).
   */
  AFTERCARE_WEBHOOK_ALLOWED_HOSTS: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((host) =>
          host
            .trim()
            .replace(/^\[|\]$/g, '')
            .toLowerCase(),
        )
        .filter((host) => host.length > 0),
    ),
  /** Bearer token of the operator API (POST /api/v1/operator/tenants); unset = operator API off. */
  AFTERCARE_OPERATOR_TOKEN: z.string().min(32).optional(),
  TEST_DATABASE_URL: z.string().url().optional(),
  /** Tests only: the instant test clocks start at (ISO, e.g. 2026-11-26T15:00:00Z); see test/helpers/test-clock.ts. */
  AFTERCARE_TEST_NOW: z.iso.datetime({ offset: true }).optional(),
});

export type TConfig = Readonly<z.infer<typeof ZConfig>>;

export function loadConfig(env: Record<string, string | undefined> = process.env): TConfig {
  const parsed = ZConfig.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  return Object.freeze(parsed.data);
}
