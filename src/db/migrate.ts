import { type Kysely, type MigrationResult, Migrator } from 'kysely';
import { AppError } from '../lib/app-error.js';
import { migrations } from './migrations/index.js';

export type TMigrationOutcome = { applied: string[] };

/** Applies every pending migration in name order; safe to run any number of times. */
export async function migrateToLatest<TSchema>(db: Kysely<TSchema>): Promise<TMigrationOutcome> {
  const migrator = new Migrator({
    db: db as unknown as Kysely<unknown>,
    provider: { getMigrations: async () => migrations },
    // Helpers land migrations from assigned timestamp ranges in any order: a database that already has a
    // later one must still take an earlier one that landed after it.
    allowUnorderedMigrations: true,
  });
  const { error, results } = await migrator.migrateToLatest();
  const applied = (results ?? []).filter(isApplied).map((result) => result.migrationName);
  if (error) {
    const failed = (results ?? []).find((result) => result.status === 'Error');
    throw new AppError(
      'db.migration_failed',
      `Migration ${failed?.migrationName ?? '(unknown)'} failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return { applied };
}

function isApplied(result: MigrationResult): boolean {
  return result.status === 'Success';
}
