/**
 * Builds web/dist when it is missing or stale (`npm start` runs this as `prestart`; the browser tests
 * call it before starting the server). Stale = the hash of the web sources, the Vite config and the
 * lockfile differs from the one recorded in web/dist at the last build. Concurrent callers (several
 * test workers) wait on one lock, so only one build runs.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { currentTimeMs } from '../../src/lib/clock.js';

export const webRoot = fileURLToPath(new URL('..', import.meta.url));
export const repoRoot = join(webRoot, '..');
export const webDistDir = join(webRoot, 'dist');
const stampFile = join(webDistDir, '.source-hash');
const staleLockMs = 5 * 60 * 1000;

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(path));
    else if (!/\.test\.tsx?$/.test(entry.name)) out.push(path);
  }
  return out;
}

/** A hash of everything that shapes the bundle. */
export function hashWebSources(): string {
  const files = [
    join(webRoot, 'index.html'),
    join(webRoot, 'vite.config.ts'),
    join(repoRoot, 'package-lock.json'),
    ...listFiles(join(webRoot, 'src')),
  ]
    .filter((file) => existsSync(file))
    .sort();
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(relative(repoRoot, file));
    hash.update('\0');
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}

export function isWebBuildCurrent(hash = hashWebSources()): boolean {
  if (!existsSync(join(webDistDir, 'index.html')) || !existsSync(stampFile)) return false;
  return readFileSync(stampFile, 'utf8').trim() === hash;
}

const viteBin = join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js');

function runViteBuild(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [viteBin, 'build', '--config', join(webRoot, 'vite.config.ts')], {
      cwd: repoRoot,
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`vite build exited with ${code}`)),
    );
  });
}

async function acquireLock(lockDir: string): Promise<void> {
  for (;;) {
    try {
      mkdirSync(lockDir);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      try {
        if (currentTimeMs() - statSync(lockDir).mtimeMs > staleLockMs)
          rmSync(lockDir, { recursive: true, force: true });
      } catch {
        // The holder released it meanwhile.
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/** Builds web/dist unless it is current. Returns whether a build ran. */
export async function ensureWebBuild(options: { force?: boolean } = {}): Promise<boolean> {
  if (!options.force && isWebBuildCurrent()) return false;
  const lockDir = join(
    tmpdir(),
    `aftercare-web-build-${createHash('sha1').update(webRoot).digest('hex').slice(0, 12)}.lock`,
  );
  if (!existsSync(viteBin)) {
    // A production install without devDependencies: serve whatever was built before, if anything.
    if (existsSync(join(webDistDir, 'index.html'))) return false;
    throw new Error(
      'web/dist is missing and Vite is not installed; run `npm install` then `npm run build:web`',
    );
  }
  await acquireLock(lockDir);
  try {
    const hash = hashWebSources();
    if (!options.force && isWebBuildCurrent(hash)) return false;
    await runViteBuild();
    writeFileSync(stampFile, `${hash}\n`);
    return true;
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  ensureWebBuild({ force: process.argv.includes('--force') }).then(
    (built) => {
      if (!built) process.stdout.write('web app is up to date (web/dist)\n');
    },
    (error: unknown) => {
      process.stderr.write(
        `web app build failed: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      process.exitCode = 1;
    },
  );
}
