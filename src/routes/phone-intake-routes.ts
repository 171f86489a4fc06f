import { z } from 'zod';
import { setAccountPin } from '../commands/accounts/set-account-pin.js';
import { setEngineerAway } from '../commands/accounts/set-engineer-away.js';
import { ZIncidentDetails } from '../commands/cases/incident-details.js';
import { openPhoneCase } from '../commands/phone-intake/open-phone-case.js';
import { verifyCallerPin } from '../commands/phone-intake/verify-caller-pin.js';
import { caseQueues } from '../db/schema-records.js';
import { presentCase, ZCaseView } from '../presenters/present-case.js';
import type { TRouteRegistrar } from './api-types.js';
import { errorResponses, ZErrorBody } from './error-schema.js';
import { requireActor } from './route-auth.js';

const ZPin = z.string().regex(/^\d{4,12}$/, '4 to 12 digits');

const ZPhoneCaseCreate = z.strictObject({
  accountId: z.uuid().describe('The caller’s account'),
  verificationId: z.uuid().optional().describe('From POST /phone-intake/verify (required for PIN plans)'),
  contractId: z.uuid().optional(),
  productId: z.uuid().optional(),
  title: z.string().trim().min(1).max(300),
  description: z.string().trim().min(1).max(50_000),
  severity: z.string().min(1).max(20),
  details: ZIncidentDetails.optional(),
});

const ZPhoneCaseView = z
  .object({
    case: ZCaseView,
    intake: z.object({ queue: z.enum(caseQueues), afterHours: z.boolean(), notes: z.array(z.string()) }),
  })
  .meta({ id: 'PhoneIntakeCase' });

/** Premium Support PINs (C8) and phone intake by agents: PIN check, then a phone case (on call after hours). */
export const registerPhoneIntakeRoutes: TRouteRegistrar = (app, deps) => {
  app.put(
    '/api/v1/accounts/:id/pin',
    {
      config: { auth: 'accounts:write' },
      schema: {
        tags: ['phone-intake'],
        summary: 'Set the account’s Premium Support PIN (customer admin of the account, or vendor admin)',
        params: z.strictObject({ id: z.uuid() }),
        body: z.strictObject({ pin: ZPin }),
        response: {
          200: z.object({ accountId: z.uuid(), pinSet: z.literal(true), updatedAt: z.iso.datetime() }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const result = await setAccountPin(
        deps,
        actor,
        { accountId: request.params.id, pin: request.body.pin },
        deps.clock(),
      );
      return {
        accountId: result.accountId,
        pinSet: true as const,
        updatedAt: result.updatedAt.toISOString(),
      };
    },
  );

  app.post(
    '/api/v1/phone-intake/verify',
    {
      config: { auth: 'cases:write' },
      schema: {
        tags: ['phone-intake'],
        summary:
          'Check a caller’s Premium Support PIN: 401 wrong, 423 locked, 429 too many checks by this agent',
        body: z.strictObject({ accountId: z.uuid(), pin: ZPin }),
        response: {
          200: z.object({ verified: z.literal(true), verificationId: z.uuid(), expiresAt: z.iso.datetime() }),
          ...errorResponses,
          423: ZErrorBody.describe('PIN checks for this account are locked (`phone.pin_locked`)'),
          429: ZErrorBody.describe('Too many PIN checks by this agent (`phone.rate_limited`)'),
        },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const result = await verifyCallerPin(deps, actor, request.body, deps.clock());
      return {
        verified: true as const,
        verificationId: result.verificationId,
        expiresAt: result.expiresAt.toISOString(),
      };
    },
  );

  app.post(
    '/api/v1/phone-intake/cases',
    {
      config: { auth: 'cases:write' },
      schema: {
        tags: ['phone-intake'],
        summary: 'Open a phone case for a caller (after-hours emergencies go to the on-call queue)',
        body: ZPhoneCaseCreate,
        response: { 201: ZPhoneCaseView, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const opened = await openPhoneCase(deps, actor, request.body, deps.clock());
      return reply.status(201).send({
        case: presentCase(opened.case, actor, opened.milestones),
        intake: { queue: opened.case.queue, afterHours: opened.afterHours, notes: opened.notes },
      });
    },
  );

  app.put(
    '/api/v1/users/:id/away',
    {
      config: { auth: 'users:write' },
      schema: {
        tags: ['phone-intake'],
        summary:
          'Mark a vendor user away until an instant (null: back); their back-up takes new assigned cases',
        params: z.strictObject({ id: z.uuid() }),
        body: z.strictObject({ until: z.iso.datetime({ offset: true }).nullable() }),
        response: {
          200: z.object({ userId: z.uuid(), awayUntil: z.iso.datetime().nullable() }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const until = request.body.until === null ? null : new Date(request.body.until);
      const user = await setEngineerAway(deps, actor, { userId: request.params.id, until }, deps.clock());
      return { userId: user.id, awayUntil: user.away_until?.toISOString() ?? null };
    },
  );
};
