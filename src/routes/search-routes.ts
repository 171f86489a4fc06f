import { z } from 'zod';
import { searchEverything } from '../commands/search/search-everything.js';
import { presentSearch, ZSearchView } from '../presenters/present-search.js';
import type { TRouteRegistrar } from './api-types.js';
import { errorResponses } from './error-schema.js';
import { requireActor } from './route-auth.js';

const ZSearchQuery = z.strictObject({
  q: z
    .string()
    .trim()
    .min(2)
    .max(200)
    .describe('Words, "a phrase", -exclusion (web search syntax), or a case number (#1234)'),
  limit: z.coerce.number().int().min(1).max(50).default(20).describe('Most hits per kind'),
});

/** One search box: cases (title, description, comments, number), accounts, users and contacts. */
export const registerSearchRoutes: TRouteRegistrar = (app, deps) => {
  app.get(
    '/api/v1/search',
    {
      config: { auth: 'cases:read' },
      schema: {
        tags: ['search'],
        summary: 'Search cases, accounts, users and contacts the caller may see',
        querystring: ZSearchQuery,
        response: { 200: ZSearchView, ...errorResponses },
      },
    },
    async (request) => {
      const { q, limit } = request.query;
      return presentSearch(q, await searchEverything(deps.db, requireActor(request), { text: q, limit }));
    },
  );
};
