import { spawn } from 'node:child_process';

export type TPgbenchResult = { tps: number; latencyMs: number | null; transactions: number; output: string };

const pgbenchPath = process.env.BENCH_PGBENCH ?? 'pgbench';

function run(args: string[], timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(pgbenchPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(output);
      else reject(new Error(`pgbench ${args.join(' ')} exited with ${code}:\n${output}`));
    });
  });
}

/** `pgbench -i -s <scale>` into the bench database (its own pgbench_* tables, next to ours). */
export async function pgbenchInit(url: string, scale: number): Promise<void> {
  await run(['-i', '-q', '-s', String(scale), url], 180_000);
}

/** `pgbench -N` (simple update: no contended branch/teller updates) — TPS without connection time. */
export async function pgbenchRun(
  url: string,
  clients: number,
  threads: number,
  seconds: number,
): Promise<TPgbenchResult> {
  const output = await run(
    ['-N', '-c', String(clients), '-j', String(threads), '-T', String(seconds), url],
    (seconds + 60) * 1000,
  );
  const tps = /tps = ([\d.]+)/.exec(output);
  const latency = /latency average = ([\d.]+) ms/.exec(output);
  const transactions = /number of transactions actually processed: (\d+)/.exec(output);
  if (!tps?.[1]) throw new Error(`cannot read pgbench output:\n${output}`);
  return {
    tps: Number(tps[1]),
    latencyMs: latency?.[1] ? Number(latency[1]) : null,
    transactions: transactions?.[1] ? Number(transactions[1]) : 0,
    output,
  };
}
