import { z } from 'zod';
import type { TKbArticleRow } from '../db/schema-center.js';
import { articleAudiences, articleStatuses } from '../domain/center/article-lifecycle.js';
import { renderMarkdown } from '../domain/center/render-markdown.js';
import type { TArticleSearchRow } from '../domain/center/search-highlight.js';
import type { TActor } from '../policies/actor.js';
import { kbPolicy } from '../policies/kb-policy.js';
import { splitHighlight, ZSegments } from './highlight-segments.js';

export const ZKbArticleSummary = z
  .object({
    id: z.string(),
    title: z.string(),
    packId: z.string(),
    productId: z.string().nullable(),
    version: z.string().nullable(),
    audience: z.enum(articleAudiences),
    status: z.enum(articleStatuses),
    updatedAt: z.string(),
    publishedAt: z.string().nullable(),
    titleHighlight: ZSegments.nullable(),
    excerpt: ZSegments,
  })
  .meta({ id: 'KbArticleSummary' });

export const ZKbArticleView = ZKbArticleSummary.omit({ titleHighlight: true, excerpt: true })
  .extend({
    body: z.string().describe('Markdown source'),
    html: z.string().describe('Rendered, sanitised HTML (raw HTML in the source is escaped)'),
    authorId: z.string(),
    createdAt: z.string(),
    allowedActions: z.array(z.string()),
  })
  .meta({ id: 'KbArticle' });

type TArticle = Omit<TKbArticleRow, 'search'>;

const plainExcerpt = (body: string) => {
  const text = body
    .replace(/[#*_`>[\]()!-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > 220 ? `${text.slice(0, 220)}…` : text;
};

export function presentKbArticleSummary(row: TArticleSearchRow): z.infer<typeof ZKbArticleSummary> {
  return {
    id: row.id,
    title: row.title,
    packId: row.pack_id,
    productId: row.product_id,
    version: row.version,
    audience: row.audience,
    status: row.status,
    updatedAt: row.updated_at.toISOString(),
    publishedAt: row.published_at?.toISOString() ?? null,
    titleHighlight: row.title_highlight ? splitHighlight(row.title_highlight) : null,
    excerpt: row.body_highlight
      ? splitHighlight(row.body_highlight.replace(/\s+/g, ' '))
      : [{ text: plainExcerpt(row.body), match: false }],
  };
}

export function presentKbArticle(row: TArticle, actor: TActor): z.infer<typeof ZKbArticleView> {
  return {
    id: row.id,
    title: row.title,
    packId: row.pack_id,
    productId: row.product_id,
    version: row.version,
    audience: row.audience,
    status: row.status,
    updatedAt: row.updated_at.toISOString(),
    publishedAt: row.published_at?.toISOString() ?? null,
    body: row.body,
    html: renderMarkdown(row.body),
    authorId: row.author_id,
    createdAt: row.created_at.toISOString(),
    allowedActions: kbPolicy.allowedActions(actor, { status: row.status, authorId: row.author_id }),
  };
}
