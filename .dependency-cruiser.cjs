/**
 * The layers of DESIGN.md, checked in CI (.ci/run → `npm run check:layers`). Test files may import
 * anything. Existing code that breaks a rule is listed in `knownViolations` below (narrow, with the
 * reason), so new code cannot add more; fix one and remove its entry.
 */
const notTests = '(\\.test\\.tsx?$|^test/)';
const io = '^(node:)?(fs|fs/promises|net|http|https|http2|child_process|worker_threads|dgram|dns|tls|cluster)$';
const ioPackages = '^node_modules/(kysely|pg|@electric-sql/pglite|fastify|@fastify|nodemailer|pino)/';

/** Existing code that breaks a rule when the rules were written (issue 17): [rule, from, to]. */
const knownViolations = [
  // Routes read through repositories directly instead of through a command (issue 17, "thin routes"); each
  // needs a query command first. record-scope.ts is only the actor → scope mapping and could move to policies/.
  ['repositories-only-from-commands-jobs-cli', 'src/routes/audit-routes.ts', 'src/repositories/audit-query-repository.ts'],
  ['repositories-only-from-commands-jobs-cli', 'src/routes/auth-routes.ts', 'src/repositories/user-repository.ts'],
  ['repositories-only-from-commands-jobs-cli', 'src/routes/case-action-routes.ts', 'src/repositories/case-milestone-repository.ts'],
  ['repositories-only-from-commands-jobs-cli', 'src/routes/case-action-routes.ts', 'src/repositories/case-repository.ts'],
  ['repositories-only-from-commands-jobs-cli', 'src/routes/case-action-routes.ts', 'src/repositories/record-scope.ts'],
  ['repositories-only-from-commands-jobs-cli', 'src/routes/case-comment-routes.ts', 'src/repositories/case-comment-repository.ts'],
  ['repositories-only-from-commands-jobs-cli', 'src/routes/case-comment-routes.ts', 'src/repositories/case-repository.ts'],
  ['repositories-only-from-commands-jobs-cli', 'src/routes/case-comment-routes.ts', 'src/repositories/record-scope.ts'],
  ['repositories-only-from-commands-jobs-cli', 'src/routes/case-routes.ts', 'src/repositories/case-milestone-repository.ts'],
  // Split out of case-routes.ts by the queue/UX work landed alongside these rules (same debt).
  ['repositories-only-from-commands-jobs-cli', 'src/routes/case-queue-routes.ts', 'src/repositories/assignee-repository.ts'],
  ['repositories-only-from-commands-jobs-cli', 'src/routes/case-queue-routes.ts', 'src/repositories/case-repository.ts'],
  ['repositories-only-from-commands-jobs-cli', 'src/routes/case-queue-routes.ts', 'src/repositories/case-timeline-repository.ts'],
  ['repositories-only-from-commands-jobs-cli', 'src/routes/case-queue-routes.ts', 'src/repositories/record-scope.ts'],
  ['repositories-only-from-commands-jobs-cli', 'src/routes/case-routes.ts', 'src/repositories/case-repository.ts'],
  ['repositories-only-from-commands-jobs-cli', 'src/routes/case-routes.ts', 'src/repositories/record-scope.ts'],
  ['repositories-only-from-commands-jobs-cli', 'src/routes/idempotency-key.ts', 'src/repositories/idempotency-key-repository.ts'],
  ['repositories-only-from-commands-jobs-cli', 'src/routes/record-routes.ts', 'src/repositories/record-repository.ts'],
  ['repositories-only-from-commands-jobs-cli', 'src/routes/record-routes.ts', 'src/repositories/record-scope.ts'],
  ['repositories-only-from-commands-jobs-cli', 'src/routes/release-routes.ts', 'src/repositories/release-repository.ts'],
  ['repositories-only-from-commands-jobs-cli', 'src/routes/report-routes.ts', 'src/repositories/report-repository.ts'],
  ['repositories-only-from-commands-jobs-cli', 'src/routes/rma-routes.ts', 'src/repositories/rma-repository.ts'],
  ['repositories-only-from-commands-jobs-cli', 'src/routes/token-routes.ts', 'src/repositories/api-token-repository.ts'],
  ['repositories-only-from-commands-jobs-cli', 'src/routes/usage-routes.ts', 'src/repositories/usage-repository.ts'],
  ['repositories-only-from-commands-jobs-cli', 'src/routes/user-routes.ts', 'src/repositories/user-repository.ts'],
  // The demo seed writes fixtures straight through repositories (it runs only from `aftercare demo`/tests).
  ['repositories-only-from-commands-jobs-cli', 'src/demo/seed-demo-center.ts', 'src/repositories/account-team-repository.ts'],
  ['repositories-only-from-commands-jobs-cli', 'src/demo/seed-demo-center.ts', 'src/repositories/kb-article-repository.ts'],
  ['repositories-only-from-commands-jobs-cli', 'src/demo/seed-demo-center.ts', 'src/repositories/user-repository.ts'],
  ['repositories-only-from-commands-jobs-cli', 'src/demo/seed-demo-phone.ts', 'src/repositories/phone-pin-repository.ts'],
  ['repositories-only-from-commands-jobs-cli', 'src/demo/seed-demo-phone.ts', 'src/repositories/record-repository.ts'],
  ['repositories-only-from-commands-jobs-cli', 'src/demo/seed-demo-phone.ts', 'src/repositories/user-repository.ts'],
  ['repositories-only-from-commands-jobs-cli', 'src/demo/seed-demo-training.ts', 'src/repositories/trm-repository.ts'],
  ['repositories-only-from-commands-jobs-cli', 'src/demo/seed-demo-training.ts', 'src/repositories/usage-repository.ts'],
  ['repositories-only-from-commands-jobs-cli', 'src/demo/seed-demo.ts', 'src/repositories/tenant-repository.ts'],
  ['repositories-only-from-commands-jobs-cli', 'src/demo/seed-demo.ts', 'src/repositories/user-repository.ts'],
  ['repositories-only-from-commands-jobs-cli', 'src/demo/seed-demo.ts', 'src/repositories/contract-facts-repository.ts'],
  ['repositories-only-from-commands-jobs-cli', 'src/demo/seed-demo-contracts.ts', 'src/repositories/price-book-repository.ts'],
  ['repositories-only-from-commands-jobs-cli', 'src/demo/seed-demo-contracts.ts', 'src/repositories/contract-facts-repository.ts'],
  // The built-in pack registry reads pack YAML from the package folder; it belongs in a loader outside
  // domain/ (many importers, so not moved this session).
  ['domain-no-io', 'src/domain/packs/package-root.ts', 'fs'],
  ['domain-no-io', 'src/domain/packs/registry.ts', 'fs'],
].map(([name, from, to]) => ({ type: 'dependency', from, to, rule: { name, severity: 'error' } }));

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-no-io',
      comment: 'domain/ is pure (DESIGN.md): no file, network or database access (row types from db/ are fine).',
      severity: 'error',
      from: { path: '^src/domain/', pathNot: notTests },
      to: { path: [io, ioPackages, '^src/db/'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'domain-below-other-layers',
      comment: 'domain/ imports no commands, routes, repositories, jobs, CLI, presenters, policies or outbox.',
      severity: 'error',
      from: { path: '^src/domain/', pathNot: notTests },
      to: {
        path: [
          '^src/(repositories|commands|routes|jobs|cli|presenters|policies|notifications|outbox|demo)/',
          '^src/(server|config)\\.ts$',
        ],
      },
    },
    {
      name: 'repositories-only-from-commands-jobs-cli',
      comment: 'SQL lives in repositories/, called only by commands/, jobs/ and cli/ (and other repositories).',
      severity: 'error',
      from: { path: '^src/', pathNot: [notTests, '^src/(commands|jobs|cli|repositories)/'] },
      to: { path: '^src/repositories/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'presenters-no-commands-or-repositories',
      comment: 'Presenters turn rows into API shapes; they run no operation and no query.',
      severity: 'error',
      from: { path: '^src/presenters/', pathNot: notTests },
      to: { path: '^src/(commands|repositories)/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'presenters-name-no-command-types',
      comment:
        'Presenters should not even name a type a command or query returns: it belongs in domain/ or db/ (warning).',
      severity: 'warn',
      from: { path: '^src/presenters/', pathNot: notTests },
      to: { path: '^src/(commands|repositories)/', dependencyTypes: ['type-only'] },
    },
    {
      name: 'web-never-imports-server',
      comment: 'The web app talks to the server through the API only.',
      severity: 'error',
      from: { path: '^web/' },
      to: { path: '^src/' },
    },
  ],
  options: {
    knownViolations,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|web/dist|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] },
  },
};
