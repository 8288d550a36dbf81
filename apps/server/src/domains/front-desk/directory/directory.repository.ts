/** All SQL of the directory: one function per query. */
import { and, asc, eq, ilike, inArray, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../../db/client.ts';
import { directoryEntries } from '../../../db/schema/index.ts';
import { containing } from '../../../lib/like.ts';

const parent = alias(directoryEntries, 'parent');
const columns = { e: directoryEntries, parentName: parent.nameZh };
function entriesQuery(db: DbOrTx) {
  return db.select(columns).from(directoryEntries).leftJoin(parent, eq(parent.id, directoryEntries.parentId));
}
export type DirectoryRow = typeof directoryEntries.$inferSelect;
export type DirectoryView = { e: DirectoryRow; parentName: string | null };

/** A desk search: Chinese or English name, title, location, the department's or tenant's name, initials, phone digits. */
function matches(q: { text: string; initials: string | null; digits: string | null }): SQL {
  const t = containing(q.text);
  return or(
    ilike(directoryEntries.nameZh, t),
    ilike(directoryEntries.nameEn, t),
    ilike(directoryEntries.title, t),
    ilike(directoryEntries.location, t),
    ilike(parent.nameZh, t),
    q.initials ? sql`${directoryEntries.initials} like ${q.initials.replace(/[\\%_]/g, '\\$&') + '%'}` : undefined,
    q.digits
      ? sql`(regexp_replace(coalesce(${directoryEntries.phone}, '') || ' ' || coalesce(${directoryEntries.mobile}, ''), '[^0-9 ]', '', 'g')) like ${containing(q.digits)}`
      : undefined,
  )!;
}

export const ORDER = [directoryEntries.nameZh, directoryEntries.id];
export async function listEntries(
  db: DbOrTx,
  f: {
    propertyId: string;
    q: { text: string; initials: string | null; digits: string | null } | null;
    kind?: string;
    parentId?: string;
    executive?: boolean;
    archived?: boolean;
    after?: unknown[];
    limit: number;
  },
) {
  return entriesQuery(db)
    .where(
      and(
        eq(directoryEntries.propertyId, f.propertyId),
        f.archived ? isNotNull(directoryEntries.archivedAt) : isNull(directoryEntries.archivedAt),
        f.q ? matches(f.q) : undefined,
        f.kind ? eq(directoryEntries.kind, f.kind as DirectoryRow['kind']) : undefined,
        f.parentId ? eq(directoryEntries.parentId, f.parentId) : undefined,
        f.executive !== undefined ? eq(directoryEntries.executive, f.executive) : undefined,
        f.after ? sql`(${directoryEntries.nameZh}, ${directoryEntries.id}) > (${f.after[0]}, ${f.after[1]})` : undefined,
      ),
    )
    .orderBy(...ORDER.map(asc))
    .limit(f.limit);
}

export async function findEntry(db: DbOrTx, id: string): Promise<DirectoryView | null> {
  return (await entriesQuery(db).where(eq(directoryEntries.id, id)).limit(1))[0] ?? null;
}

/** Several entries of a property by id (the others' sub-features resolve hosts and recipients with it). */
export async function findEntries(db: DbOrTx, propertyId: string, ids: string[]): Promise<DirectoryView[]> {
  if (!ids.length) return [];
  return entriesQuery(db).where(and(eq(directoryEntries.propertyId, propertyId), inArray(directoryEntries.id, ids)));
}

export async function insertEntry(db: DbOrTx, row: typeof directoryEntries.$inferInsert) {
  return (await db.insert(directoryEntries).values(row).returning())[0]!;
}

export async function updateEntry(db: DbOrTx, id: string, patch: Partial<typeof directoryEntries.$inferInsert>) {
  return (await db.update(directoryEntries).set(patch).where(eq(directoryEntries.id, id)).returning())[0]!;
}
