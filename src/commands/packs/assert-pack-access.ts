import { AppError } from '../../lib/app-error.js';
import { isVendorRole, type TActor } from '../../policies/actor.js';

/** Pack versions, diffs and previews are for the vendor's staff; customers see only built-in packs. */
export function assertReadsPackAdmin(actor: TActor): void {
  if (actor.kind === 'system' || isVendorRole(actor.role)) return;
  throw new AppError('auth.forbidden', 'Only vendor staff see pack versions');
}

/** Uploading and publishing pack versions: vendor admins (or the system). */
export function assertManagesPacks(actor: TActor): void {
  if (actor.kind === 'system' || actor.role === 'vendor_admin') return;
  throw new AppError('auth.forbidden', 'Only vendor admins upload and publish policy packs');
}
