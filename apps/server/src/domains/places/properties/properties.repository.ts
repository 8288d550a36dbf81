/** All SQL of properties: one function per query. */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { properties } from '../../../db/schema/index.ts';
import { after } from '../resource/resource.repository.ts';

export type PropertyRow = typeof properties.$inferSelect;

export const PROPERTY_ORDER = [properties.code, properties.id];
export async function listProperties(db: DbOrTx, f: { ids: string[]; after?: unknown[]; limit: number }) {
  if (!f.ids.length) return [];
  return db
    .select()
    .from(properties)
    .where(and(inArray(properties.id, f.ids), after(PROPERTY_ORDER, f.after)))
    .orderBy(...PROPERTY_ORDER.map(asc))
    .limit(f.limit);
}

export async function findProperty(db: DbOrTx, id: string) {
  return (await db.select().from(properties).where(eq(properties.id, id)).limit(1))[0] ?? null;
}

export async function insertProperty(db: DbOrTx, row: typeof properties.$inferInsert) {
  return (await db.insert(properties).values(row).returning())[0]!;
}

export async function updateProperty(db: DbOrTx, id: string, patch: Partial<typeof properties.$inferInsert>) {
  return (
    await db
      .update(properties)
      .set({ ...patch, updatedAt: new Date() })
      .where(eq(properties.id, id))
      .returning()
  )[0]!;
}
