export { createTestApp, type TTestAppOptions, testConfig } from './test-app.js';
export { loginAs, type TTestClient, withApiToken } from './test-client.js';
export { createManualClock, createRunningClock, type TManualClock, testNow } from './test-clock.js';
export { createPrivatePGliteDatabase, getTestDatabase, getTestDatabaseHandle } from './test-database.js';
export { createTestTenant, type TTestTenant, type TTestUser, testPassword } from './test-tenant.js';
export { uniqueSuffix } from './unique-suffix.js';
