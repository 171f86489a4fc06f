import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The PostgreSQL the API bench runs against (loopback, trust auth); override with BENCH_PG_URL. */
export const benchServerUrl = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432';

export type TBenchDatabase = { name: string; url: string; drop: () => Promise<void> };

/**
 * Creates `aftercare_bench_<random>` through the `postgres` maintenance database. `drop()` is
 * idempotent and forces other sessions off (the server child may still hold idle connections).
 */
export async function createBenchDatabase(): Promise<TBenchDatabase> {
  const name = `aftercare_bench_${randomBytes(4).toString('hex')}`;
  await maintenance(`create database ${name}`);
  let dropped = false;
  return {
    name,
    url: `${benchServerUrl}/${name}`,
    drop: async () => {
      if (dropped) return;
      dropped = true;
      await maintenance(`drop database if exists ${name} with (force)`);
    },
  };
}

async function maintenance(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: `${benchServerUrl}/postgres` });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
