import type { ColumnType, Insertable, Selectable } from 'kysely';
import type { TArticleAudience, TArticleStatus } from '../domain/center/article-lifecycle.js';
import type { TTimestamp } from './schema.js';

type TCreated = ColumnType<Date, Date | string | undefined, never>;
type TUpdated = ColumnType<Date, Date | string | undefined, Date | string>;

export const serviceReviewStatuses = ['scheduled', 'held', 'cancelled'] as const;
export type TServiceReviewStatus = (typeof serviceReviewStatuses)[number];

/** A knowledge-base article (markdown); `search` is a generated tsvector, never written. */
export type TKbArticlesTable = {
  tenant_id: string;
  id: string;
  pack_id: string;
  product_id: string | null;
  version: string | null;
  title: string;
  body: string;
  audience: TArticleAudience;
  status: TArticleStatus;
  author_id: string;
  published_at: TTimestamp | null;
  created_at: TCreated;
  updated_at: TUpdated;
  search: ColumnType<string, never, never>;
};

export type TKbArticleViewsTable = {
  tenant_id: string;
  id: string;
  article_id: string;
  user_id: string;
  account_id: string | null;
  viewed_at: TTimestamp;
};

/** The named support manager of an account (IVA-18/26); engineers live on `accounts` (IVA-25). */
export type TAccountTeamsTable = {
  tenant_id: string;
  account_id: string;
  support_manager_id: string | null;
  updated_at: TUpdated;
};

export type TServiceReviewsTable = {
  tenant_id: string;
  id: string;
  account_id: string;
  scheduled_for: TTimestamp;
  agenda: string;
  notes: ColumnType<string, string | undefined, string>;
  status: TServiceReviewStatus;
  created_by: string;
  created_at: TCreated;
  updated_at: TUpdated;
};

export type TCenterTables = {
  kb_articles: TKbArticlesTable;
  kb_article_views: TKbArticleViewsTable;
  account_teams: TAccountTeamsTable;
  service_reviews: TServiceReviewsTable;
};
export type TKbArticleRow = Selectable<TKbArticlesTable>;
export type TNewKbArticle = Insertable<TKbArticlesTable>;
export type TServiceReviewRow = Selectable<TServiceReviewsTable>;
