import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TCliIo } from '../../src/cli/io.js';
import { runTenantCreate } from '../../src/cli/tenant-create.js';
import { createTestApp } from '../helpers/index.js';

const fixedNow = new Date('2026-12-02T15:00:00Z');
const operatorToken = 'operator-token-0123456789abcdef-0123456789';

async function runCli(args: string[]) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks = { out: '', err: '' };
  stdout.on('data', (d) => {
    chunks.out += String(d);
  });
  stderr.on('data', (d) => {
    chunks.err += String(d);
  });
  const io: TCliIo = { stdin: Readable.from(['']), stdout, stderr };
  const code = await runTenantCreate(args, io);
  return { code, stdout: chunks.out, stderr: chunks.err };
}

describe('tenant creation without demo data (issue 13, item 9)', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('POST /operator/tenants with the operator token creates a tenant whose admin signs in with the one-time password', async () => {
    const app = await createTestApp({
      clock: () => fixedNow,
      env: { AFTERCARE_OPERATOR_TOKEN: operatorToken },
    });
    const slug = `vendor-${Math.floor(Math.random() * 1e9)}`;
    const body = { slug, name: 'Real Vendor', adminEmail: `admin@${slug}.test` };
    const send = (authorization?: string) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/operator/tenants',
        payload: body,
        headers: authorization ? { authorization } : {},
      });
    expect((await send()).statusCode).toBe(401);
    expect((await send('Bearer wrong')).statusCode).toBe(401);
    const created = await send(`Bearer ${operatorToken}`);
    expect(created.statusCode).toBe(201);
    const { initialPassword, tenant } = created.json();
    expect(tenant.slug).toBe(slug);
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { tenant: slug, email: body.adminEmail, password: initialPassword },
    });
    expect(login.statusCode).toBe(200);
    expect(login.json().user.role).toBe('vendor_admin');
    const again = await send(`Bearer ${operatorToken}`);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('tenant.already_exists');
  });

  it('the operator API is off without AFTERCARE_OPERATOR_TOKEN', async () => {
    const app = await createTestApp({ clock: () => fixedNow });
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/operator/tenants',
      payload: { slug: 'x', name: 'X', adminEmail: 'a@x.test' },
      headers: { authorization: 'Bearer anything-at-all' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('operator.forbidden');
  });

  it('aftercare tenant create prints the initial password once and refuses a taken slug', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'aftercare-tenant-'));
    try {
      vi.stubEnv('DATABASE_URL', undefined);
      vi.stubEnv('AFTERCARE_DATA_DIR', dataDir);
      vi.stubEnv('LOG_LEVEL', 'silent');
      const args = ['--slug', 'acme', '--name', 'Acme Devices', '--admin-email', 'ops@acme.test', '--json'];
      const first = await runCli(args);
      expect(first.code, first.stderr).toBe(0);
      const printed = JSON.parse(first.stdout);
      expect(printed).toMatchObject({ tenant: { slug: 'acme' }, admin: { email: 'ops@acme.test' } });
      expect(printed.initialPassword).toMatch(/^[A-Za-z0-9_-]{24}$/);
      const second = await runCli(args);
      expect(second.code).toBe(1);
      expect(second.stderr).toContain('tenant.already_exists');
      expect((await runCli(['--slug', 'x'])).code).toBe(2);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
