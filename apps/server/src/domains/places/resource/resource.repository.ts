/** The SQL every places record shares: what a reader may see, keyset paging, search, references within a property. */
import { and, eq, ilike, inArray, or, sql, type SQL, type AnyColumn } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { buildings, floors, organizations, units, venues } from '../../../db/schema/index.ts';

/**
 * Which rows of a property-scoped table the actor may see: every row of the properties in
 * `full`, and in `limited` (outside users) only the rows matching `own`.
 */
export interface Visibility {
  full: string[];
  limited: string[];
}
export type Scoped = typeof buildings | typeof organizations | typeof units | typeof venues | typeof floors;

export function visible(t: Scoped, v: Visibility, own?: SQL): SQL {
  const parts = [
    v.full.length ? inArray(t.propertyId, v.full) : undefined,
    v.limited.length && own ? and(inArray(t.propertyId, v.limited), own) : undefined,
  ].filter(Boolean) as SQL[];
  return parts.length ? or(...parts)! : sql`false`;
}

/** Keyset condition: (cols) > (cursor values), matching an ORDER BY on the same columns. */
export function after(cols: AnyColumn[], key?: unknown[]): SQL | undefined {
  if (!key) return undefined;
  return sql`(${sql.join(cols, sql`, `)}) > (${sql.join(
    key.map((k) => sql`${k}`),
    sql`, `,
  )})`;
}

export function search(q: string | undefined, ...cols: AnyColumn[]) {
  return q ? or(...cols.map((c) => ilike(c, `%${q.replace(/[\\%_]/g, '\\$&')}%`))) : undefined;
}

/** Which of `ids` exist in `table` within the property. */
export async function idsInProperty(db: DbOrTx, t: Scoped, ids: string[], propertyId: string) {
  if (!ids.length) return [];
  const rows = await db
    .select({ id: t.id })
    .from(t)
    .where(and(inArray(t.id, ids), eq(t.propertyId, propertyId)));
  return rows.map((r) => r.id);
}
