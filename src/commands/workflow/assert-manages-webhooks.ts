import { AppError } from '../../lib/app-error.js';
import type { TActor } from '../../policies/actor.js';

/** Webhooks are tenant-wide integrations: vendor admins (and system actors) manage them. */
export function assertManagesWebhooks(actor: TActor): void {
  switch (actor.kind) {
    case 'system':
      return;
    case 'user':
      if (actor.role === 'vendor_admin') return;
      throw new AppError('webhook.forbidden', 'Only vendor admins manage webhooks');
  }
}
