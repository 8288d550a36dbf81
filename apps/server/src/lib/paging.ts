import { errors } from './errors.ts';
/** The one list cursor format of the API (`?limit=&cursor=` → `{data, nextCursor}`). */

/** Keyset cursors: the sort key of the last row of a page, opaque to clients. */
export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string | undefined, arity: number): unknown[] | null | undefined {
  if (cursor === undefined) return undefined;
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return Array.isArray(v) && v.length === arity && v.every((x) => typeof x === 'string' || typeof x === 'number') ? v : null;
  } catch {
    return null;
  }
}

/** The cursor of a list query: its key (undefined on the first page); 400 on the field when it is not one of ours. */
export function cursorOf(q: { cursor?: string }, arity: number) {
  const key = decodeCursor(q.cursor, arity);
  if (key === null) throw errors.field('cursor', 'invalid cursor');
  return key;
}

/** A page of `limit` rows from `limit + 1` fetched: the rows presented, and the next cursor from the last one's key. */
export function page<T, R>(rows: T[], limit: number, key: (r: T) => unknown[], present: (r: T) => R) {
  const data = rows.slice(0, limit);
  return { data: data.map(present), nextCursor: rows.length > limit ? encodeCursor(key(data[data.length - 1]!)) : null };
}
