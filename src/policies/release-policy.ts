import type { TReleaseRow } from '../db/schema-releases.js';
import type { TActor } from './actor.js';
import { definePolicy } from './define-policy.js';

export type TReleaseAction = 'view' | 'create' | 'publish';

const isVendor = (actor: TActor) =>
  actor.kind === 'system' || ['vendor_admin', 'support_manager', 'agent'].includes(actor.role);
const manages = (actor: TActor) =>
  actor.kind === 'system' || actor.role === 'vendor_admin' || actor.role === 'support_manager';

/** Releases: every vendor user sees them; vendor admins and support managers create and publish. */
export const releasePolicy = definePolicy<TReleaseAction, TReleaseRow | null>({
  view: (actor) => isVendor(actor),
  create: (actor) => manages(actor),
  publish: (actor, row) => manages(actor) && row !== null && row.status === 'planned',
});
