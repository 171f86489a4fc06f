import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTestApp, createTestTenant, getTestDatabase, loginAs } from '../helpers/index.js';

const fixedNow = new Date('2026-12-02T15:00:00Z');

/** Hostile values: wrong types, control characters, far dates, bad ids and cursors, deep nesting. */
const hostileString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('a\u0000b', '\u001b[31m', '2399-01-01T00:00:00Z', '1901-01-01', '+012026-01-01T00:00:00Z'),
  fc.constantFrom(
    'not-a-uuid',
    '00000000-0000-0000-0000-000000000000',
    '%00',
    '../../etc/passwd',
    'eyJ4Ijox',
  ),
  fc.constant('x'.repeat(5000)),
);
const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    hostileString,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 12 }), tie('value'), { maxKeys: 4 }),
  ),
})).value;
const deepBody = fc
  .integer({ min: 40, max: 400 })
  .map((depth) => JSON.parse(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`));

type TOpenApiOperation = {
  requestBody?: { content?: Record<string, { schema?: { properties?: Record<string, unknown> } }> };
  parameters?: Array<{ in: string; name: string }>;
};
type TOperation = { method: string; path: string; bodyKeys: string[]; queryKeys: string[] };

describe('OpenAPI fuzz (issue 13): every operation, hostile input → never a 5xx, never a partial write', () => {
  it('answers every operation with < 500 and writes no audit entry on a refusal', async () => {
    const app = await createTestApp({ clock: () => fixedNow });
    const tenant = await createTestTenant(undefined, fixedNow);
    const admin = await loginAs(app, tenant.users.vendor_admin);
    const db = await getTestDatabase();
    const document = (await app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    const operations: TOperation[] = [];
    for (const [path, item] of Object.entries(
      document.paths as Record<string, Record<string, TOpenApiOperation>>,
    )) {
      for (const [method, operation] of Object.entries(item)) {
        if (path.includes('/auth/logout')) continue;
        const body = operation.requestBody?.content?.['application/json']?.schema;
        const query = (operation.parameters ?? []).filter((p: { in: string }) => p.in === 'query');
        operations.push({
          method: method.toUpperCase(),
          path: `/api/v1${path.replace(/^\/api\/v1/, '')}`,
          bodyKeys: Object.keys(body?.properties ?? {}),
          queryKeys: query.map((p: { name: string }) => p.name),
        });
      }
    }
    expect(operations.length).toBeGreaterThan(40);
    const countAudit = async () =>
      Number(
        (
          await db
            .selectFrom('audit_log')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('tenant_id', '=', tenant.tenant.id)
            .executeTakeFirstOrThrow()
        ).n,
      );
    const failures: string[] = [];
    for (const operation of operations) {
      const input = fc.record({
        pathValue: hostileString,
        body: fc.oneof(
          fc.dictionary(fc.constantFrom(...operation.bodyKeys, 'extra'), hostileValue, { maxKeys: 6 }),
          hostileValue,
          deepBody,
        ),
        query: fc.dictionary(fc.constantFrom(...operation.queryKeys, 'cursor', 'limit'), hostileString, {
          maxKeys: 3,
        }),
      });
      await fc.assert(
        fc.asyncProperty(input, async ({ pathValue, body, query }) => {
          const path = operation.path.replace(/\{[^}]+\}/g, encodeURIComponent(pathValue));
          const search = new URLSearchParams(query as Record<string, string>).toString();
          const url = search ? `${path}?${search}` : path;
          const before = await countAudit();
          const response = await admin.request(
            operation.method as 'GET',
            url,
            operation.method === 'GET' || operation.method === 'DELETE'
              ? undefined
              : JSON.stringify(body ?? null),
            { 'content-type': 'application/json' },
          );
          if (response.statusCode >= 500)
            failures.push(`${operation.method} ${url} → ${response.statusCode} ${response.body}`);
          if (response.statusCode >= 400 && (await countAudit()) !== before) {
            failures.push(`${operation.method} ${url} → ${response.statusCode} but wrote an audit entry`);
          }
        }),
        { numRuns: 3, seed: 13, endOnFailure: true },
      );
    }
    expect(failures).toEqual([]);
  }, 240_000);
});
