import { AppError } from '../../lib/app-error.js';
import { isVendorRole, type TActor } from '../../policies/actor.js';

/** Phone intake is for the vendor's agents and managers (and system actors), never for customers. */
export function assertPhoneAgent(actor: TActor): void {
  if (actor.kind === 'system' || isVendorRole(actor.role)) return;
  throw new AppError('auth.forbidden', 'Phone intake is for support agents');
}
