import pg from 'pg';
import type { TBenchFixture } from './fixture.js';

export type TBulkLoadResult = { cases: number; milestones: number; open: number; seconds: number };

/**
 * Loads `count` cases (+ 2 milestones each) into the bench tenant with `INSERT … SELECT
 * generate_series` — not through the API. Secondary indexes of cases/case_milestones are dropped
 * first and rebuilt afterwards with their original definitions (much faster than maintaining them
 * row by row); foreign-key triggers are skipped for this session (session_replication_role =
 * replica) since every reference is taken from the fixture. Then VACUUM ANALYZE and a CHECKPOINT.
 *
 * Distribution: 22% new, 28% in_progress, 20% waiting_on_customer (70% open), 6% resolved,
 * 24% closed; severity 5/20/40/35% from most to least severe; tier 60/30/10%; 15% unassigned, the
 * rest spread over 20 agents; channel portal 70% / email 20% / phone 10%; open cases were opened in
 * the last 60 days and 8% of them have no pending deadline, the rest are due from 5 days ago to 15
 * days ahead; closed ones were opened over the last two years.
 */
export async function bulkLoadCases(
  url: string,
  fixture: TBenchFixture,
  count: number,
  options: { vocabulary?: readonly string[] } = {},
): Promise<TBulkLoadResult> {
  // With a vocabulary (the search bench): titles of 4 and descriptions of 12 words drawn Zipf-like
  // (word rank = vocabulary size ^ random()), so some words are in most cases and most words in few.
  const words = (n: number) =>
    `(select string_agg(($6::text[])[1 + (floor(power(cardinality($6::text[]), random())) - 1)::int], ' ')
       from generate_series(1, ${n} + 0 * s.g))`;
  const text = options.vocabulary
    ? { title: words(4), description: words(12) }
    : { title: `'Bulk case ' || s.g`, description: `'Loaded by bench/api.bench.ts'` };
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const began = performance.now();
  try {
    await client.query(`set session_replication_role = replica`);
    await client.query(`set maintenance_work_mem = '256MB'`);
    await client.query(`set synchronous_commit = off`);
    const { rows: indexes } = await client.query<{ indexname: string; indexdef: string }>(
      `select indexname, indexdef from pg_indexes i
        where schemaname = current_schema() and tablename in ('cases', 'case_milestones', 'case_search')
          and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`,
    );
    for (const index of indexes) await client.query(`drop index ${index.indexname}`);

    await client.query(`create temp table bench_mix (slot int, account_id uuid, contract_id uuid,
      pack_id text, pack_version text, plan text, centre text, severities text[])`);
    for (const [slot, contract] of fixture.contracts.entries()) {
      await client.query(
        `insert into bench_mix select $1, $2, $3, pack_id, pack_version, plan, $4, $5
           from contracts where tenant_id = $6 and id = $3`,
        [
          slot,
          contract.accountId,
          contract.contractId,
          contract.centre,
          contract.severities,
          fixture.tenantId,
        ],
      );
    }
    const { rows: counter } = await client.query<{ last: string | null }>(
      `select max(number)::text as last from cases where tenant_id = $1`,
      [fixture.tenantId],
    );
    const base = Number(counter[0]?.last ?? 0);
    await client.query('select setseed(0.42)');
    await client.query(
      `insert into cases (tenant_id, id, number, account_id, contract_id, product_id, title, description,
         details, pack_id, pack_version, plan, severity, channel, centre, status, tier, assignee_id, opened_by,
         opened_at, received_at, sla_input, next_due_at, resolved_at, closed_at, created_at, updated_at)
       select $1::uuid,
         (lpad(to_hex((extract(epoch from s.opened) * 1000)::bigint), 12, '0') || '7'
           || substr(md5(s.g::text), 1, 3) || '8' || substr(md5(s.g::text), 4, 15))::uuid,
         $2::bigint + s.g, m.account_id, m.contract_id, null, ${text.title},
         ${text.description}, '{}'::jsonb, m.pack_id, m.pack_version, m.plan,
         m.severities[s.sev], s.channel, m.centre, s.status, s.tier,
         case when s.r_assignee < 0.15 then null else ($3::uuid[])[1 + floor((s.r_assignee - 0.15) / 0.85 * 20)::int % 20] end,
         'system:bench-load', s.opened, s.opened,
         jsonb_build_object('plan', m.plan, 'severity', m.severities[s.sev], 'centre', m.centre,
           'channel', s.channel, 'opened', (extract(epoch from s.opened) * 1000)::bigint),
         case when s.status in ('resolved', 'closed') or s.r_due < 0.08 then null
           else now() + (s.r_due * 20 - 5) * interval '1 day' end,
         case when s.status in ('resolved', 'closed') then s.opened + interval '3 days' end,
         case when s.status = 'closed' then s.opened + interval '10 days' end,
         s.opened, s.opened
       from (
         select g, slot, r_due, r_assignee,
           case when r_status < 0.22 then 'new' when r_status < 0.50 then 'in_progress'
             when r_status < 0.70 then 'waiting_on_customer' when r_status < 0.76 then 'resolved'
             else 'closed' end as status,
           case when r_sev < 0.05 then 1 when r_sev < 0.25 then 2 when r_sev < 0.65 then 3 else 4 end as sev,
           case when r_tier < 0.6 then 1 when r_tier < 0.9 then 2 else 3 end as tier,
           case when r_chan < 0.7 then 'portal' when r_chan < 0.9 then 'email' else 'phone' end as channel,
           now() - case when r_status < 0.70 then r_open * 60 else r_open * 730 end * interval '1 day' as opened
         from (
           select g, floor(random() * $4)::int as slot, random() as r_status, random() as r_sev,
             random() as r_tier, random() as r_chan, random() as r_open, random() as r_due,
             random() as r_assignee
           from generate_series(1, $5::int) g
         ) raw
       ) s join bench_mix m on m.slot = s.slot`,
      [
        fixture.tenantId,
        base,
        fixture.assigneeIds,
        fixture.contracts.length,
        count,
        ...(options.vocabulary ? [options.vocabulary] : []),
      ],
    );
    await client.query(`select setval($1::regclass, $2::bigint)`, [
      `case_number_${fixture.tenantId.replaceAll('-', '')}`,
      base + count,
    ]);
    // Triggers are off in this session (replica role): fill the search table the way cases_search_sync would.
    await client.query(
      `insert into case_search (tenant_id, case_id, account_id, opened_at, document)
       select tenant_id, id, account_id, opened_at,
         setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', description), 'B')
       from cases where tenant_id = $1 and number > $2`,
      [fixture.tenantId, base],
    );
    const milestones = await client.query(
      `insert into case_milestones (tenant_id, id, case_id, position, name, kind, due_at, target, clock,
         clause, explanation, timing, met_at, breached_at, warned_at, created_at, updated_at)
       select c.tenant_id, gen_random_uuid(), c.id, p.position, p.name,
         case when p.position = 1 and c.next_due_at is null and c.resolved_at is null
           then 'no_commitment' else 'deadline' end,
         case when p.position = 0 then c.opened_at + interval '1 hour'
           else coalesce(c.next_due_at, c.resolved_at) end,
         p.target, 'business hours', null, '["bulk-loaded by the bench"]'::jsonb, null,
         case when p.position = 0 then c.opened_at + interval '30 minutes' else c.resolved_at end,
         null, null, c.opened_at, c.opened_at
       from cases c
       cross join (values (0, 'first_response', '1 business hour'), (1, 'resolution', 'best effort'))
         as p(position, name, target)
       where c.tenant_id = $1 and c.opened_by = 'system:bench-load'`,
      [fixture.tenantId],
    );
    for (const index of indexes) await client.query(index.indexdef);
    await client.query('vacuum analyze cases');
    await client.query('vacuum analyze case_milestones');
    await client.query('vacuum analyze case_search');
    // Flush the load's dirty pages now rather than during the measurement.
    await client.query('checkpoint');
    const { rows: open } = await client.query<{ n: string }>(
      `select count(*)::text as n from cases where tenant_id = $1 and status in ('new', 'in_progress', 'waiting_on_customer')`,
      [fixture.tenantId],
    );
    return {
      cases: count,
      milestones: milestones.rowCount ?? 0,
      open: Number(open[0]?.n ?? 0),
      seconds: (performance.now() - began) / 1000,
    };
  } finally {
    await client.end();
  }
}
