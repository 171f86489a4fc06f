import type { TCliCommand } from './io.js';

type TCommandEntry = { summary: string; load: () => Promise<TCliCommand> };

/** Every CLI command, by its words. Loaded lazily so `calendar eval` does not pay for the server. */
export const cliCommands: Record<string, TCommandEntry> = {
  serve: {
    summary: 'Start the HTTP server (web app, API) on PORT',
    load: async () => (await import('./serve.js')).runServe,
  },
  'calendar eval': {
    summary: 'Evaluate business-time requests (NDJSON on stdin → NDJSON on stdout)',
    load: async () => (await import('./calendar-eval.js')).runCalendarEval,
  },
  'pack validate': {
    summary: 'Validate a policy pack file (errors with line and column)',
    load: async () => (await import('./pack-validate.js')).runPackValidate,
  },
  'pack list': {
    summary: 'List the built-in policy packs',
    load: async () => (await import('./pack-list.js')).runPackList,
  },
  'sla explain': {
    summary: 'Compute and explain SLA milestones for a plan, severity and opening time',
    load: async () => (await import('./sla-explain.js')).runSlaExplain,
  },
  'trm explain': {
    summary: 'Replay a TRM subscription: term, allowance, bookings accepted or refused, ledger (JSON/NDJSON)',
    load: async () => (await import('./trm-explain.js')).runTrmExplain,
  },
  'rma explain': {
    summary:
      'Decide and explain an RMA: type, refusal, deadlines, shipping, charge, warranty end (--json, --batch)',
    load: async () => (await import('./rma-explain.js')).runRmaExplain,
  },
  'release status': {
    summary: 'Support status and end-of-support date of product versions under a pack (--json, --batch)',
    load: async () => (await import('./release-status.js')).runReleaseStatus,
  },
  'contract explain': {
    summary: 'Terms, notices, status and quote of a contract from its facts (K1–K7; --json, --batch NDJSON)',
    load: async () => (await import('./contract-explain.js')).runContractExplain,
  },
  'db migrate': {
    summary: 'Apply database migrations (DATABASE_URL or the embedded database)',
    load: async () => (await import('./db-migrate.js')).runDbMigrate,
  },
  'tenant create': {
    summary: 'Create a vendor tenant and its first admin (prints the initial password once)',
    load: async () => (await import('./tenant-create.js')).runTenantCreate,
  },
  'demo seed': {
    summary: 'Create or refresh the demo tenant (idempotent)',
    load: async () => (await import('./demo-seed.js')).runDemoSeed,
  },
};
