import type { THealthCheckId, THealthCheckStatus } from '../../db/schema-training.js';

/** The customer responsibilities of IMP-62 as account health checks, in display order (plain words). */
export const healthCheckDefinitions: readonly { id: THealthCheckId; label: string; description: string }[] = [
  {
    id: 'trained_contact',
    label: 'Trained contact at each location',
    description: 'Each location has a contact trained on the product.',
  },
  {
    id: 'supported_version',
    label: 'Supported version',
    description: 'The installation runs a version that is still supported.',
  },
  {
    id: 'updates_installed',
    label: 'Updates installed',
    description: 'Updates and fixes are installed promptly.',
  },
  {
    id: 'test_environment',
    label: 'Test environment',
    description: 'Changes are tried in a test environment before production.',
  },
  {
    id: 'approved_appliances',
    label: 'Approved appliances only',
    description: 'Only appliances and hardware approved by the vendor are used.',
  },
];

export type THealthCheck = {
  id: THealthCheckId;
  label: string;
  description: string;
  status: THealthCheckStatus;
  note: string;
  updatedAt: Date | null;
};

/** Every check of IMP-62 for an account: recorded ones with their status, the rest `unknown`. */
export function listHealthChecks(
  recorded: readonly {
    check_id: THealthCheckId;
    status: THealthCheckStatus;
    note: string;
    updated_at: Date;
  }[],
): THealthCheck[] {
  return healthCheckDefinitions.map((d) => {
    const row = recorded.find((r) => r.check_id === d.id);
    return {
      ...d,
      status: row?.status ?? 'unknown',
      note: row?.note ?? '',
      updatedAt: row?.updated_at ?? null,
    };
  });
}
