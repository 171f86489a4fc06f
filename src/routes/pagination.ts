import { z } from 'zod';
import { AppError } from '../lib/app-error.js';

/** Query of every list route: `?limit=25&cursor=…` (spread it into your strict query schema). */
export const pageQueryShape = {
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(1000).optional(),
};
export const ZPageQuery = z.strictObject(pageQueryShape);
export type TPageQuery = z.infer<typeof ZPageQuery>;

/** Response envelope of list routes. */
export function ZPage<TItem extends z.ZodType>(item: TItem) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

/** Opaque cursor: base64url of JSON. Clients must not build or parse it. */
export function encodeCursor(position: unknown): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

/** The position in a cursor, checked against `schema`; 400 `request.invalid_cursor` if it is not ours. */
export function decodeCursor<T>(cursor: string | undefined, schema: z.ZodType<T>): T | null {
  if (cursor === undefined) return null;
  let decoded: unknown;
  try {
    if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw new Error('not base64url');
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  const parsed = schema.safeParse(decoded);
  if (!parsed.success) throw invalidCursor();
  return parsed.data;
}

/**
 * Turns `limit + 1` fetched rows into a page: the extra row only signals that another page exists.
 * `positionOf` gives the keyset position of a row (what the next query continues after).
 */
export function toPage<TRow, TItem>(
  rows: readonly TRow[],
  limit: number,
  positionOf: (row: TRow) => unknown,
  present: (row: TRow) => TItem,
): { items: TItem[]; nextCursor: string | null } {
  const pageRows = rows.slice(0, limit);
  const last = pageRows[pageRows.length - 1];
  return {
    items: pageRows.map(present),
    nextCursor: rows.length > limit && last !== undefined ? encodeCursor(positionOf(last)) : null,
  };
}

function invalidCursor(): AppError {
  return new AppError('request.invalid_cursor', 'The cursor is not valid; start again without it', [
    { field: 'cursor', message: 'not a cursor returned by this API' },
  ]);
}
