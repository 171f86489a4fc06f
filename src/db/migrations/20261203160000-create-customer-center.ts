import { type Kysely, sql } from 'kysely';

/**
 * Customer Center (IMP-37, IVA-13, IVA-18, IVA-25/26): knowledge-base articles with full-text search,
 * the articles a customer read (deflection), each account's named support manager, and service reviews.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table kb_articles (
      tenant_id uuid not null references tenants (id),
      id uuid not null,
      pack_id text not null,
      product_id uuid,
      version text,
      title text not null,
      body text not null,
      audience text not null check (audience in ('customer', 'internal')),
      status text not null check (status in ('draft', 'review', 'published')),
      author_id uuid not null,
      published_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      search tsvector generated always as (
        setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
        setweight(to_tsvector('english', coalesce(body, '')), 'B')
      ) stored,
      primary key (tenant_id, id),
      foreign key (tenant_id, product_id) references products (tenant_id, id),
      foreign key (tenant_id, author_id) references users (tenant_id, id)
    )`.execute(db);
  await sql`create index kb_articles_search on kb_articles using gin (search)`.execute(db);
  await sql`create index kb_articles_listing on kb_articles (tenant_id, status, pack_id, updated_at)`.execute(
    db,
  );
  await sql`
    create table kb_article_views (
      tenant_id uuid not null references tenants (id),
      id uuid not null,
      article_id uuid not null,
      user_id uuid not null,
      account_id uuid,
      viewed_at timestamptz not null,
      primary key (tenant_id, id),
      foreign key (tenant_id, article_id) references kb_articles (tenant_id, id),
      foreign key (tenant_id, user_id) references users (tenant_id, id)
    )`.execute(db);
  await sql`create index kb_article_views_by_user on kb_article_views (tenant_id, user_id, viewed_at)`.execute(
    db,
  );
  await sql`
    create table account_teams (
      tenant_id uuid not null references tenants (id),
      account_id uuid not null,
      support_manager_id uuid,
      updated_at timestamptz not null default now(),
      primary key (tenant_id, account_id),
      foreign key (tenant_id, account_id) references accounts (tenant_id, id),
      foreign key (tenant_id, support_manager_id) references users (tenant_id, id)
    )`.execute(db);
  await sql`
    create table service_reviews (
      tenant_id uuid not null references tenants (id),
      id uuid not null,
      account_id uuid not null,
      scheduled_for timestamptz not null,
      agenda text not null,
      notes text not null default '',
      status text not null check (status in ('scheduled', 'held', 'cancelled')),
      created_by uuid not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (tenant_id, id),
      foreign key (tenant_id, account_id) references accounts (tenant_id, id)
    )`.execute(db);
  await sql`create index service_reviews_by_account on service_reviews (tenant_id, account_id, scheduled_for)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table service_reviews`.execute(db);
  await sql`drop table account_teams`.execute(db);
  await sql`drop table kb_article_views`.execute(db);
  await sql`drop table kb_articles`.execute(db);
}
