import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { postWebhook, type TResolveHost } from '../../src/notifications/post-webhook.js';
import { createTestApp, createTestTenant, loginAs } from '../helpers/index.js';

const fixedNow = new Date('2026-12-02T15:00:00Z');

/** A loopback receiver; every test sends traffic only here. */
async function startReceiver(reply: (path: string) => { status: number; location?: string }) {
  const paths: string[] = [];
  const server = createServer((request, response) => {
    paths.push(request.url ?? '');
    const { status, location } = reply(request.url ?? '');
    response.writeHead(status, location ? { location } : {}).end('ok');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { port, paths, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const request = { headers: { 'content-type': 'application/json' }, body: '{}', timeoutMs: 2000 };
/** A name that (re)binds to loopback, resolved without any DNS traffic. */
const rebindsToLoopback: TResolveHost = (_hostname, callback) =>
  callback(null, [{ address: '127.0.0.1', family: 4 }]);

describe('webhook SSRF (issue 13, item 4)', () => {
  it('refuses loopback, private, link-local, metadata, 0.0.0.0 and [::1] endpoints at creation', async () => {
    const app = await createTestApp({ clock: () => fixedNow, env: { AFTERCARE_WEBHOOK_ALLOWED_HOSTS: '' } });
    const { users } = await createTestTenant(undefined, fixedNow);
    const admin = await loginAs(app, users.vendor_admin);
    for (const url of [
      'http://169.254.169.254/latest/meta-data/',
      'http://127.0.0.1:5432/',
      'http://0.0.0.0/',
      'http://[::1]/',
      'http://[::ffff:127.0.0.1]/',
      'http://10.1.2.3/',
      'http://192.168.0.10/',
      'http://localhost:3000/',
      'http://[fe80::1]/',
      'http://[fd00:ec2::254]/',
    ]) {
      const response = await admin.post('/api/v1/webhooks', { url });
      expect(response.statusCode, url).toBe(400);
      expect(response.json().error).toMatchObject({
        code: 'webhook.address_not_allowed',
        details: [{ field: 'url' }],
      });
    }
    const allowedApp = await createTestApp({
      clock: () => fixedNow,
      env: { AFTERCARE_WEBHOOK_ALLOWED_HOSTS: '127.0.0.1' },
    });
    const allowedAdmin = await loginAs(allowedApp, users.vendor_admin);
    expect(
      (await allowedAdmin.post('/api/v1/webhooks', { url: 'http://127.0.0.1:8080/hooks' })).statusCode,
    ).toBe(201);
  });

  it('refuses at delivery a name that resolves to loopback, and connects only to the checked address', async () => {
    const receiver = await startReceiver(() => ({ status: 200 }));
    try {
      const url = `http://rebind.example:${receiver.port}/hooks`;
      await expect(postWebhook(url, request, [], rebindsToLoopback)).rejects.toThrow(
        /not allowed: rebind.example resolves to 127.0.0.1/,
      );
      expect(receiver.paths).toEqual([]);
      await expect(postWebhook(`http://127.0.0.1:${receiver.port}/x`, request, [])).rejects.toThrow(
        /not allowed/,
      );
      expect(receiver.paths).toEqual([]);
      // The operator lists the internal host: the delivery goes to the address the check saw.
      expect(await postWebhook(url, request, ['rebind.example'], rebindsToLoopback)).toBe(200);
      expect(receiver.paths).toEqual(['/hooks']);
    } finally {
      await receiver.close();
    }
  });

  it('does not follow redirects (to the metadata address or anywhere)', async () => {
    const receiver = await startReceiver((path) =>
      path === '/hooks'
        ? { status: 302, location: 'http://169.254.169.254/latest/meta-data/' }
        : { status: 200 },
    );
    try {
      const status = await postWebhook(`http://127.0.0.1:${receiver.port}/hooks`, request, ['127.0.0.1']);
      expect(status).toBe(302);
      expect(receiver.paths).toEqual(['/hooks']);
    } finally {
      await receiver.close();
    }
  });
});
