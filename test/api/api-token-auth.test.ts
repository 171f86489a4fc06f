import { describe, expect, it } from 'vitest';
import { apiTokenPrefix } from '../../src/commands/auth/authenticate-api-token.js';
import { issueOpaqueToken } from '../../src/commands/auth/opaque-token.js';
import { newId } from '../../src/db/new-id.js';
import { insertApiToken } from '../../src/repositories/api-token-repository.js';
import { createTestApp, createTestTenant, getTestDatabase, withApiToken } from '../helpers/index.js';

/** API-token authentication is one joined query (token + enabled user); every refusal must hold. */
describe('API-token authentication', () => {
  it('accepts a live token (and records its use), refuses expired ones and tokens of disabled users', async () => {
    const now = new Date('2026-03-02T15:00:00Z');
    const app = await createTestApp({ clock: () => now });
    const db = await getTestDatabase();
    const tenant = await createTestTenant();
    const agent = tenant.users.agent;
    const issue = async (userId: string, expiresAt: Date | null) => {
      const { token, tokenHash } = issueOpaqueToken(tenant.tenant.id, apiTokenPrefix);
      const row = await insertApiToken(db, {
        tenantId: tenant.tenant.id,
        id: newId(now.getTime()),
        userId,
        name: 'test',
        tokenHash,
        tokenPrefix: token.slice(0, 9),
        scopes: ['cases:read'],
        expiresAt,
      });
      return { token, id: row.id };
    };

    const live = await issue(agent.id, new Date(now.getTime() + 60_000));
    expect((await withApiToken(app, live.token).get('/api/v1/cases')).statusCode).toBe(200);
    const used = await db
      .selectFrom('api_tokens')
      .select('last_used_at')
      .where('id', '=', live.id)
      .executeTakeFirst();
    expect(used?.last_used_at?.getTime()).toBe(now.getTime());

    const expired = await issue(agent.id, new Date(now.getTime() - 1));
    expect((await withApiToken(app, expired.token).get('/api/v1/cases')).statusCode).toBe(401);

    const other = await tenant.addUser({ role: 'agent' });
    const ofDisabled = await issue(other.id, null);
    expect((await withApiToken(app, ofDisabled.token).get('/api/v1/cases')).statusCode).toBe(200);
    await db
      .updateTable('users')
      .set({ disabled_at: now })
      .where('tenant_id', '=', tenant.tenant.id)
      .where('id', '=', other.id)
      .execute();
    expect((await withApiToken(app, ofDisabled.token).get('/api/v1/cases')).statusCode).toBe(401);
  });
});
