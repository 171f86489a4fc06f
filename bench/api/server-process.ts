/**
 * The API bench's server: the real `buildServer` on 127.0.0.1 (random port) in its own process, so
 * the load generator does not share an event loop with it. Started by api.bench.ts via `fork`; reports
 * `{port}` over IPC; exits when the parent disconnects or sends 'stop'.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { loadConfig } from '../../src/config.js';
import { createDatabase } from '../../src/db/create-database.js';
import { currentTimeMs } from '../../src/lib/clock.js';
import { buildServer } from '../../src/server.js';

const url = process.env.BENCH_DATABASE_URL;
const poolSize = Number(process.env.BENCH_POOL_SIZE ?? 10);
if (!url || !process.send) throw new Error('server-process.ts is started by api.bench.ts');

const config = loadConfig({ LOG_LEVEL: 'silent', DATABASE_URL: url, AFTERCARE_WORKER: 'false' });
const database = await createDatabase(config, { poolSize });
const app = await buildServer({ config, db: database.db });
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : 0;

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await app.close();
  await database.close();
  process.exit(0);
};
// BENCH_SERVER_PROF: a CPU profile of the case-creation phase only (the parent sends the window).
const profiler = process.env.BENCH_SERVER_PROF ? new Session() : null;
profiler?.connect();
const post = (method: string) =>
  new Promise<unknown>((resolve, reject) =>
    profiler?.post(method, (error, result) => (error ? reject(error) : resolve(result))),
  );
process.on('message', (message) => {
  if (message === 'stop') void stop();
  if (message === 'profile:start' && profiler)
    void post('Profiler.enable').then(() => post('Profiler.start'));
  if (message === 'profile:stop' && profiler) {
    void post('Profiler.stop').then((result) => {
      const file = `bench/results/server-${currentTimeMs()}.cpuprofile`;
      writeFileSync(file, JSON.stringify((result as { profile: unknown }).profile));
      process.send?.({ profile: file });
    });
  }
});
process.on('disconnect', () => void stop());
process.send({ port });
