import { fork } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type TBenchServer = { port: number; child: ReturnType<typeof fork>; stop: () => Promise<void> };

/** Forks bench/api/server-process.ts (the real server, own process) on `url`; resolves with its port. */
export async function startBenchServer(url: string, poolSize: number): Promise<TBenchServer> {
  const child = fork(join(dirname(fileURLToPath(import.meta.url)), 'server-process.ts'), [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, BENCH_DATABASE_URL: url, BENCH_POOL_SIZE: String(poolSize) },
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.send('stop');
      setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
    });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (message) => resolve((message as { port: number }).port));
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return { port, child, stop };
}
