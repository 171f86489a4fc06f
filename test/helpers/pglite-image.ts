import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const migrationsDir = join(root, 'src', 'db', 'migrations');
const cacheDir = join(root, 'node_modules', '.cache', 'aftercare-test');

/**
 * A migrated PGlite data directory as a tarball, built once and cached on disk, keyed by the
 * migrations' source and the PGlite version — loading it (~0.4 s) is far cheaper than initdb plus
 * migrations (~2.5 s+) in every test file. Workers racing on a cold cache each build it; the
 * atomic rename makes that harmless.
 */
export async function loadMigratedPGliteImage(): Promise<Blob> {
  const file = join(cacheDir, `pglite-${imageKey()}.tar`);
  try {
    return new Blob([readFileSync(file)]);
  } catch {
    const image = await buildImage();
    mkdirSync(cacheDir, { recursive: true });
    const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
    writeFileSync(temporary, Buffer.from(await image.arrayBuffer()));
    renameSync(temporary, file);
    return image;
  }
}

function imageKey(): string {
  const hash = createHash('sha256');
  const pgliteVersion = JSON.parse(
    readFileSync(join(root, 'node_modules', '@electric-sql', 'pglite', 'package.json'), 'utf8'),
  ).version;
  hash.update(String(pgliteVersion));
  hash.update(readFileSync(join(root, 'src', 'db', 'create-database.ts')));
  for (const name of readdirSync(migrationsDir).sort()) {
    hash.update(name);
    hash.update(readFileSync(join(migrationsDir, name)));
  }
  return hash.digest('hex').slice(0, 16);
}

async function buildImage(): Promise<Blob> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { Kysely } = await import('kysely');
  const { PGliteDialect } = await import('../../src/db/pglite-dialect.js');
  const { migrateToLatest } = await import('../../src/db/migrate.js');
  const pglite = await PGlite.create();
  const db = new Kysely<unknown>({ dialect: new PGliteDialect(pglite) });
  try {
    await migrateToLatest(db);
    return await pglite.dumpDataDir('none');
  } finally {
    await db.destroy();
  }
}
