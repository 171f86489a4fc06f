import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { TConfig } from '../config.js';
import { PGliteDialect } from './pglite-dialect.js';
import { prepareStatementsOn } from './prepared-statements.js';
import type { TDatabase, TDb } from './schema.js';

export type TDatabaseKind = 'pglite' | 'postgres';
export type TDatabaseHandle = { db: TDb; kind: TDatabaseKind; close: () => Promise<void> };

export type TDatabaseOptions = {
  /** PGlite only: keep the database in memory instead of AFTERCARE_DATA_DIR (tests). */
  inMemory?: boolean;
  /** PGlite only: start from a `dumpDataDir()` tarball (the test harness's pre-migrated image). */
  loadDataDir?: Blob;
  /** PostgreSQL only: pool size (default 10). */
  poolSize?: number;
};

/** Same JS types on both back ends: `date` stays 'YYYY-MM-DD', `int8` becomes a number. */
const PG_DATE = 1082;
const PG_INT8 = 20;
const keepText = (value: string) => value;
const toNumber = (value: string) => Number(value);

/** PostgreSQL when DATABASE_URL is set, otherwise embedded PGlite in AFTERCARE_DATA_DIR. */
export async function createDatabase(
  config: Pick<TConfig, 'DATABASE_URL' | 'AFTERCARE_DATA_DIR'> &
    Partial<Pick<TConfig, 'AFTERCARE_PG_PREPARE'>>,
  options: TDatabaseOptions = {},
): Promise<TDatabaseHandle> {
  if (config.DATABASE_URL) {
    return createPostgresDatabase(
      config.DATABASE_URL,
      options.poolSize ?? 10,
      config.AFTERCARE_PG_PREPARE !== false,
    );
  }
  return createPGliteDatabase(options.inMemory ? undefined : config.AFTERCARE_DATA_DIR, options.loadDataDir);
}

function createPostgresDatabase(url: string, poolSize: number, prepare: boolean): TDatabaseHandle {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
        if (oid === PG_DATE) return keepText;
        if (oid === PG_INT8) return toNumber;
        return pg.types.getTypeParser(oid, format);
      }) as typeof pg.types.getTypeParser,
    },
  });
  pool.on('error', () => {
    // An idle client lost its connection; the pool replaces it on next use.
  });
  if (prepare) prepareStatementsOn(pool);
  const db = new Kysely<TDatabase>({ dialect: new PostgresDialect({ pool }) });
  return { db, kind: 'postgres', close: () => db.destroy() };
}

async function createPGliteDatabase(
  dataDir: string | undefined,
  loadDataDir?: Blob,
): Promise<TDatabaseHandle> {
  const directory = dataDir === undefined ? undefined : resolve(dataDir);
  if (directory) mkdirSync(directory, { recursive: true });
  const pglite = await PGlite.create({
    ...(directory ? { dataDir: directory } : {}),
    ...(loadDataDir ? { loadDataDir } : {}),
    parsers: { [PG_DATE]: keepText, [PG_INT8]: toNumber },
  });
  const db = new Kysely<TDatabase>({ dialect: new PGliteDialect(pglite) });
  return { db, kind: 'pglite', close: () => db.destroy() };
}
