import { z } from 'zod';
import { addCaseAttachment } from '../commands/cases/add-case-attachment.js';
import { addCaseComment } from '../commands/cases/add-case-comment.js';
import { visibilities } from '../db/schema-records.js';
import { AppError } from '../lib/app-error.js';
import type { TActor } from '../policies/actor.js';
import { casePolicy } from '../policies/case-policy.js';
import {
  presentAttachment,
  presentComment,
  ZAttachmentView,
  ZCommentView,
} from '../presenters/present-case.js';
import { listCaseEntries } from '../repositories/case-comment-repository.js';
import { findCase } from '../repositories/case-repository.js';
import { scopeOf } from '../repositories/record-scope.js';
import type { TRouteDeps, TRouteRegistrar } from './api-types.js';
import { errorResponses } from './error-schema.js';
import { decodeCursor, pageQueryShape, toPage, ZPage } from './pagination.js';
import { requireActor } from './route-auth.js';

const ZCaseParams = z.strictObject({ id: z.uuid() });
const ZIdCursor = z.strictObject({ id: z.uuid() });

export const ZCommentCreate = z.strictObject({
  body: z.string().trim().min(1).max(50_000),
  visibility: z.enum(visibilities).default('public').describe('internal notes: vendor users only'),
});

export const ZAttachmentCreate = z.strictObject({
  filename: z.string().trim().min(1).max(255),
  sizeBytes: z
    .number()
    .int()
    .min(0)
    .max(10 * 1024 ** 3),
  contentType: z
    .string()
    .regex(/^[\w.+-]+\/[\w.+-]+$/, 'a MIME type such as text/plain')
    .max(255),
  sha256: z.string().regex(/^[0-9a-fA-F]{64}$/, '64 hex digits'),
  visibility: z.enum(visibilities).default('public'),
});

/** The case (visible to the actor) and whether the actor may see internal items. */
async function visibleCase(deps: TRouteDeps, actor: TActor, id: string) {
  const row = await findCase(deps.db, scopeOf(actor), id);
  if (!row) throw new AppError('case.not_found', 'No such case');
  return { row, publicOnly: !casePolicy.can(actor, 'view_internal', row) };
}

/** Case comments (customers see public ones only) and attachment metadata. */
export const registerCaseCommentRoutes: TRouteRegistrar = (app, deps) => {
  app.get(
    '/api/v1/cases/:id/comments',
    {
      config: { auth: 'cases:read' },
      schema: {
        tags: ['cases'],
        summary: 'Comments of a case, oldest first (customers: public ones)',
        params: ZCaseParams,
        querystring: z.strictObject({ ...pageQueryShape }),
        response: { 200: ZPage(ZCommentView), ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { row, publicOnly } = await visibleCase(deps, actor, request.params.id);
      const { limit, cursor } = request.query;
      const after = decodeCursor(cursor, ZIdCursor);
      const rows = await listCaseEntries(deps.db, 'case_comments', actor.tenantId, row.id, {
        publicOnly,
        afterId: after?.id ?? null,
        limit: limit + 1,
      });
      return toPage(rows, limit, (comment) => ({ id: comment.id }), presentComment);
    },
  );

  app.post(
    '/api/v1/cases/:id/comments',
    {
      config: { auth: 'cases:write' },
      schema: {
        tags: ['cases'],
        summary: 'Comment on a case (a vendor user’s first public reply meets the first response)',
        params: ZCaseParams,
        body: ZCommentCreate,
        response: { 201: ZCommentView, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const comment = await addCaseComment(deps, actor, request.params.id, request.body, deps.clock());
      return reply.status(201).send(presentComment(comment));
    },
  );

  app.get(
    '/api/v1/cases/:id/attachments',
    {
      config: { auth: 'cases:read' },
      schema: {
        tags: ['cases'],
        summary: 'Attachment metadata of a case',
        params: ZCaseParams,
        querystring: z.strictObject({ ...pageQueryShape }),
        response: { 200: ZPage(ZAttachmentView), ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { row, publicOnly } = await visibleCase(deps, actor, request.params.id);
      const { limit, cursor } = request.query;
      const after = decodeCursor(cursor, ZIdCursor);
      const rows = await listCaseEntries(deps.db, 'case_attachments', actor.tenantId, row.id, {
        publicOnly,
        afterId: after?.id ?? null,
        limit: limit + 1,
      });
      return toPage(rows, limit, (attachment) => ({ id: attachment.id }), presentAttachment);
    },
  );

  app.post(
    '/api/v1/cases/:id/attachments',
    {
      config: { auth: 'cases:write' },
      schema: {
        tags: ['cases'],
        summary: 'Record an attachment’s metadata (filename, size, content type, SHA-256)',
        params: ZCaseParams,
        body: ZAttachmentCreate,
        response: { 201: ZAttachmentView, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const attachment = await addCaseAttachment(deps, actor, request.params.id, request.body, deps.clock());
      return reply.status(201).send(presentAttachment(attachment));
    },
  );
};
