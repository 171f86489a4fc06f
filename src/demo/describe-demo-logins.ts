import { demoPassword, demoTenant, demoUsers } from './demo-data.js';
import { describeDemoPhone } from './seed-demo-phone.js';

/** Lines telling how to sign in to the demo tenant. */
export function describeDemoLogins(): string[] {
  return [
    `Demo tenant "${demoTenant.slug}", password for every demo user: ${demoPassword}`,
    ...demoUsers.map(
      (user) => `  ${user.email.padEnd(30)} ${user.role}${user.account ? ` (${user.account})` : ''}`,
    ),
    ...describeDemoPhone(),
  ];
}
