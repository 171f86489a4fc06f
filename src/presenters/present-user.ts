import { z } from 'zod';
import { type TUserRow, userRoles } from '../db/schema.js';
import type { TActor } from '../policies/actor.js';
import { listPermissionsOfRole, permissions } from '../policies/permissions.js';
import { type TUserAction, userPolicy } from '../policies/user-policy.js';

export const ZUserView = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    role: z.enum(userRoles),
    accountId: z.uuid().nullable(),
    disabled: z.boolean(),
    createdAt: z.iso.datetime(),
    allowedActions: z.array(z.enum(userPolicy.actions as [TUserAction, ...TUserAction[]])),
  })
  .meta({ id: 'User' });
export type TUserView = z.infer<typeof ZUserView>;

export function presentUser(user: TUserRow, actor: TActor): TUserView {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    accountId: user.account_id,
    disabled: user.disabled_at !== null,
    createdAt: user.created_at.toISOString(),
    allowedActions: userPolicy.allowedActions(actor, user),
  };
}

export const ZSessionUserView = ZUserView.extend({
  permissions: z
    .array(z.enum(permissions))
    .describe('What the signed-in user may do beyond their own records (the web app hides the rest)'),
}).meta({ id: 'SessionUser' });

/** The signed-in user with their rights, so the web app never restates the role rules. */
export function presentSessionUser(user: TUserRow, actor: TActor): z.infer<typeof ZSessionUserView> {
  return { ...presentUser(user, actor), permissions: [...listPermissionsOfRole(user.role)] };
}
