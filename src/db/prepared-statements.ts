import type pg from 'pg';

/** Distinct statements a process prepares at most; rarer texts beyond it go unnamed (parsed each time). */
export const maxPreparedStatements = 400;

const unpreparable =
  /^\s*(begin|commit|rollback|savepoint|release|start|set|reset|create|alter|drop|truncate|lock|listen|notify|vacuum|analyze|grant|revoke|comment|do|copy)\b/i;

/**
 * Names every statement Kysely sends on the pool's connections (the same SQL text gets the same
 * name), so node-postgres prepares it once per connection and then sends only Bind/Execute:
 * PostgreSQL stops re-parsing the hot statements and, after five runs, keeps a generic plan for
 * them. Bounded: after `limit` distinct texts, new ones go unnamed; transaction control and DDL stay
 * unnamed. A prepared `select *` whose table changed underneath ("cached plan must not change
 * result type", 0A000) is prepared again under a fresh name and retried once.
 */
export function prepareStatementsOn(pool: pg.Pool, limit = maxPreparedStatements): void {
  const names = new Map<string, string>();
  let generation = 0;
  const nameOf = (text: string): string | undefined => {
    const known = names.get(text);
    if (known !== undefined) return known;
    if (names.size >= limit || unpreparable.test(text)) return undefined;
    const name = `k${generation}_${names.size}`;
    names.set(text, name);
    return name;
  };
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (config: pg.QueryConfig) => Promise<pg.QueryResult>;
    const run = (text: string, values: unknown[]): Promise<pg.QueryResult> => {
      const name = nameOf(text);
      if (name === undefined) return query({ text, values });
      return query({ name, text, values }).catch((error: { code?: string }) => {
        if (error.code !== '0A000') throw error;
        names.delete(text);
        generation++;
        return run(text, values);
      });
    };
    // Kysely calls query(sql, parameters); any other form (cursors, configs) passes through unchanged.
    client.query = ((first: unknown, ...rest: unknown[]) =>
      typeof first === 'string' && rest.length <= 1
        ? run(first, (rest[0] as unknown[] | undefined) ?? [])
        : (query as (...args: unknown[]) => unknown)(first, ...rest)) as typeof client.query;
  });
}
