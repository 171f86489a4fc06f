import { afterAll } from 'vitest';
import { closeHarness } from './test-database-state.js';

// Runs once per test file: closes the apps and the database that file opened (if any).
afterAll(async () => {
  await closeHarness();
});
