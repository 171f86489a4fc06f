import { z } from 'zod';
import { createArticle } from '../commands/center/create-article.js';
import { moveArticle, type TArticleMove } from '../commands/center/move-article.js';
import { readArticle } from '../commands/center/read-article.js';
import { findArticles } from '../commands/center/search-articles.js';
import { editArticle } from '../commands/center/update-article.js';
import { articleAudiences, articleStatuses } from '../domain/center/article-lifecycle.js';
import { articleMoveTargets } from '../policies/kb-policy.js';
import {
  presentKbArticle,
  presentKbArticleSummary,
  ZKbArticleSummary,
  ZKbArticleView,
} from '../presenters/present-kb-article.js';
import type { TRouteRegistrar } from './api-types.js';
import { errorResponses } from './error-schema.js';
import { requireActor } from './route-auth.js';

const ZArticleFields = z.strictObject({
  title: z.string().trim().min(3).max(200),
  body: z.string().min(1).max(100_000).describe('Markdown; raw HTML is shown as text'),
  packId: z.string().min(1).max(100),
  productId: z.uuid().nullable().optional(),
  version: z.string().trim().min(1).max(50).nullable().optional(),
  audience: z.enum(articleAudiences).default('customer').describe('internal: agents only'),
});
const ZArticleParams = z.strictObject({ id: z.uuid() });
const ZListQuery = z.strictObject({
  q: z.string().trim().max(200).optional().describe('Full-text search (web search syntax)'),
  packId: z.string().max(100).optional(),
  productId: z.uuid().optional(),
  version: z.string().max(50).optional(),
  status: z.enum(articleStatuses).optional().describe('Vendor users only'),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
const ZListResponse = z.object({ items: z.array(ZKbArticleSummary) });
const moves = Object.keys(articleMoveTargets) as [TArticleMove, ...TArticleMove[]];

/** Knowledge base (IMP-37, IVA-13): read and search by entitlement; vendor users author and publish. */
export const registerKbRoutes: TRouteRegistrar = (app, deps) => {
  app.get(
    '/api/v1/kb/articles',
    {
      config: { auth: 'cases:read' },
      schema: {
        tags: ['knowledge base'],
        summary: 'Articles the caller may read; with q, full-text search ranked with highlighted excerpts',
        querystring: ZListQuery,
        response: { 200: ZListResponse, ...errorResponses },
      },
    },
    async (request) => {
      const { limit, ...filters } = request.query;
      const rows = await findArticles(deps, requireActor(request), filters, limit, deps.clock());
      return { items: rows.map(presentKbArticleSummary) };
    },
  );

  app.get(
    '/api/v1/kb/suggestions',
    {
      config: { auth: 'cases:read' },
      schema: {
        tags: ['knowledge base'],
        summary: 'Articles matching any word of a case title being typed (published, readable by the caller)',
        querystring: z.strictObject({ title: z.string().trim().min(3).max(200) }),
        response: { 200: ZListResponse, ...errorResponses },
      },
    },
    async (request) => {
      const rows = await findArticles(
        deps,
        requireActor(request),
        { q: request.query.title, anyWord: true, status: 'published' },
        5,
        deps.clock(),
      );
      return { items: rows.map(presentKbArticleSummary) };
    },
  );

  app.get(
    '/api/v1/kb/articles/:id',
    {
      config: { auth: 'cases:read' },
      schema: {
        tags: ['knowledge base'],
        summary: "An article with its rendered HTML (a customer's read is recorded for deflection figures)",
        params: ZArticleParams,
        response: { 200: ZKbArticleView, ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return presentKbArticle(await readArticle(deps, actor, request.params.id, deps.clock()), actor);
    },
  );

  app.post(
    '/api/v1/kb/articles',
    {
      config: { auth: 'cases:write' },
      schema: {
        tags: ['knowledge base'],
        summary: 'Write an article (vendor users); it starts as a draft',
        body: ZArticleFields,
        response: { 201: ZKbArticleView, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const row = await createArticle(deps, actor, request.body, deps.clock());
      return reply.status(201).send(presentKbArticle(row, actor));
    },
  );

  app.patch(
    '/api/v1/kb/articles/:id',
    {
      config: { auth: 'cases:write' },
      schema: {
        tags: ['knowledge base'],
        summary: 'Edit a draft or an article in review',
        params: ZArticleParams,
        body: ZArticleFields.partial(),
        response: { 200: ZKbArticleView, ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return presentKbArticle(
        await editArticle(deps, actor, request.params.id, request.body, deps.clock()),
        actor,
      );
    },
  );

  app.post(
    '/api/v1/kb/articles/:id/moves',
    {
      config: { auth: 'cases:write' },
      schema: {
        tags: ['knowledge base'],
        summary: 'Submit for review, publish (support managers, vendor admins), return to draft or withdraw',
        params: ZArticleParams,
        body: z.strictObject({ move: z.enum(moves) }),
        response: { 200: ZKbArticleView, ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return presentKbArticle(
        await moveArticle(deps, actor, request.params.id, request.body.move, deps.clock()),
        actor,
      );
    },
  );
};
