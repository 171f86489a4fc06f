/**
 * Per-file state of the test harness, kept free of heavy imports so the setup file that closes it
 * costs nothing for tests that never touch the database.
 */
type TClosable = { close: () => Promise<unknown> };

export const harnessState: {
  database: Promise<TClosable> | undefined;
  apps: TClosable[];
} = { database: undefined, apps: [] };

export async function closeHarness(): Promise<void> {
  const apps = harnessState.apps.splice(0);
  for (const app of apps) await app.close();
  const database = harnessState.database;
  harnessState.database = undefined;
  if (database) await (await database).close();
}
