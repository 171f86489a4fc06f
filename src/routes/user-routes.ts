import { z } from 'zod';
import { changeUserRole } from '../commands/users/change-user-role.js';
import { createUser } from '../commands/users/create-user.js';
import { setUserDisabled } from '../commands/users/set-user-disabled.js';
import { userRoles } from '../db/schema.js';
import { AppError } from '../lib/app-error.js';
import { visibleAccountId } from '../policies/actor.js';
import { hasPermission } from '../policies/permissions.js';
import { userPolicy } from '../policies/user-policy.js';
import { presentUser, ZUserView } from '../presenters/present-user.js';
import { findUserById, listUsers } from '../repositories/user-repository.js';
import type { TRouteRegistrar } from './api-types.js';
import { errorResponses } from './error-schema.js';
import { decodeCursor, pageQueryShape, toPage, ZPage } from './pagination.js';
import { requireActor } from './route-auth.js';

export const ZUserCreate = z.strictObject({
  email: z.email().max(320),
  name: z.string().trim().min(1).max(200),
  role: z.enum(userRoles),
  accountId: z.uuid().nullable().default(null),
  password: z.string().min(12).max(1024).nullable().default(null),
});
export const ZUserUpdate = z.strictObject({
  role: z.enum(userRoles).optional(),
  accountId: z.uuid().nullable().optional(),
  disabled: z.boolean().optional(),
});
const ZUserParams = z.strictObject({ id: z.uuid() });
const ZUserCursor = z.strictObject({ id: z.uuid() });

/** GET/POST /api/v1/users, GET/PATCH /api/v1/users/:id (role, account, disabled). */
export const registerUserRoutes: TRouteRegistrar = (app, deps) => {
  app.get(
    '/api/v1/users',
    {
      config: { auth: 'users:read' },
      schema: {
        tags: ['users'],
        summary: 'List users (customer admins see their own account only)',
        querystring: z.strictObject({ ...pageQueryShape }),
        response: { 200: ZPage(ZUserView), ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (!hasPermission(actor, 'users:list')) throw new AppError('auth.forbidden', 'You may not list users');
      const { limit, cursor } = request.query;
      const after = decodeCursor(cursor, ZUserCursor);
      const rows = await listUsers(
        deps.db,
        { tenantId: actor.tenantId, accountId: visibleAccountId(actor) },
        { afterId: after?.id ?? null, limit: limit + 1 },
      );
      return toPage(
        rows,
        limit,
        (row) => ({ id: row.id }),
        (row) => presentUser(row, actor),
      );
    },
  );

  app.post(
    '/api/v1/users',
    {
      config: { auth: 'users:write' },
      schema: {
        tags: ['users'],
        summary: 'Create a user (vendor admins)',
        body: ZUserCreate,
        response: { 201: ZUserView, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const user = await createUser(deps, actor, request.body, deps.clock());
      return reply.status(201).send(presentUser(user, actor));
    },
  );

  app.get(
    '/api/v1/users/:id',
    {
      config: { auth: 'users:read' },
      schema: {
        tags: ['users'],
        summary: 'One user',
        params: ZUserParams,
        response: { 200: ZUserView, ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const scope = { tenantId: actor.tenantId, accountId: visibleAccountId(actor) };
      const user = await findUserById(deps.db, scope, request.params.id);
      if (!user || !userPolicy.can(actor, 'view', user)) throw new AppError('user.not_found', 'No such user');
      return presentUser(user, actor);
    },
  );

  app.patch(
    '/api/v1/users/:id',
    {
      config: { auth: 'users:write' },
      schema: {
        tags: ['users'],
        summary: 'Change a user’s role (and account) or disable/enable them (vendor admins)',
        params: ZUserParams,
        body: ZUserUpdate,
        response: { 200: ZUserView, ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { id } = request.params;
      const { role, accountId, disabled } = request.body;
      const now = deps.clock();
      let user = await findUserById(
        deps.db,
        { tenantId: actor.tenantId, accountId: visibleAccountId(actor) },
        id,
      );
      if (!user || !userPolicy.can(actor, 'view', user)) throw new AppError('user.not_found', 'No such user');
      if (role !== undefined || accountId !== undefined) {
        const nextRole = role ?? user.role;
        const nextAccount = accountId !== undefined ? accountId : user.account_id;
        user = await changeUserRole(deps, actor, id, { role: nextRole, accountId: nextAccount }, now);
      }
      if (disabled !== undefined) user = await setUserDisabled(deps, actor, id, disabled, now);
      return presentUser(user, actor);
    },
  );
};
