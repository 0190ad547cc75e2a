import { z } from 'zod';
import { bodyProblem } from './json-body.check.js';

/** Keyset position: the sort timestamp and id of the last row returned. Opaque to clients. */
export interface Cursor {
  at: string;
  id: string;
}

const cursorShape = z.object({ at: z.iso.datetime({ offset: true }), id: z.string().min(1) });

export const encodeCursor = (cursor: Cursor): string => Buffer.from(JSON.stringify(cursor)).toString('base64url');

function decodeCursor(raw: string): Cursor | undefined {
  try {
    const parsed = cursorShape.safeParse(JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')));
    // A forged cursor can smuggle a NUL or lone surrogate past the query-string check (it is base64): refuse it too.
    return parsed.success && !bodyProblem(parsed.data) ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Query-string cursor: rejects anything this API did not hand out. */
export const cursorParam = z
  .string()
  .transform((raw, ctx) => {
    const cursor = decodeCursor(raw);
    if (!cursor) ctx.addIssue({ code: 'custom', message: 'is not a cursor returned by this API (use nextCursor from the previous page)' });
    return cursor ?? z.NEVER;
  })
  .optional();

/** `limit` query parameter: 1-200, default 50. */
export const limitParam = z.coerce
  .number({ error: 'must be a whole number' })
  .int('must be a whole number')
  .min(1, 'must be at least 1')
  .max(200, 'must be at most 200')
  .default(50);

/**
 * A keyset column's value as Postgres holds it, to the microsecond, for the cursor (select it `AS cursor_at`).
 * A JS Date keeps milliseconds: a cursor built from one would be rounded down, and the next page would skip every
 * row written later in that same millisecond (rows stamped by `now()` are; internal events and deliveries are).
 */
export const exactTimestampSql = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** Keyset page over rows that carry their exact position: one extra row was fetched to know whether there is a next page. */
export function page<Row, Item>(rows: Row[], limit: number, toItem: (row: Row) => Item, position: (row: Row) => Cursor): { items: Item[]; nextCursor: string | null } {
  const kept = rows.slice(0, limit);
  const last = kept[kept.length - 1];
  return { items: kept.map(toItem), nextCursor: rows.length > limit && last ? encodeCursor(position(last)) : null };
}
