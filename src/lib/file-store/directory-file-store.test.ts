import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDirectoryFileStore } from './directory-file-store.js';

let root = '';
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'aftercare-files-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

describe('directory file store', () => {
  it('streams a file in and out with its sha256 and size', async () => {
    const store = createDirectoryFileStore(root);
    const bytes = Buffer.from('OneSign 7.3 agent\n'.repeat(5000));
    const stored = await store.put(
      'releases/onesign-7.3/agent.bin',
      Readable.from([bytes.subarray(0, 100), bytes.subarray(100)]),
    );
    expect(stored.sizeBytes).toBe(bytes.length);
    expect(stored.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(await store.exists('releases/onesign-7.3/agent.bin')).toBe(true);
    expect((await readAll(await store.get('releases/onesign-7.3/agent.bin'))).equals(bytes)).toBe(true);
  });

  it('refuses keys that could escape the directory', async () => {
    const store = createDirectoryFileStore(root);
    await expect(store.put('../x', Readable.from(['a']))).rejects.toThrow('invalid key');
    await expect(store.get('/etc/passwd')).rejects.toThrow('invalid key');
    expect(await store.exists('missing/file')).toBe(false);
    await expect(store.get('missing/file')).rejects.toThrow();
  });
});
