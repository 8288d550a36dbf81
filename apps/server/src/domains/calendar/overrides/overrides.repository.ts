import { and, asc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { calendarOverrides } from '../../../db/schema/index.ts';

export type OverrideRow = typeof calendarOverrides.$inferSelect;
export interface OverrideWrite {
  propertyId: string;
  day: string;
  kind: 'holiday' | 'workday';
  name: string | null;
}

/** A property's admin overrides, by date; optionally limited to [from, to]. */
export async function listOverrides(db: DbOrTx, propertyId: string, range?: { from: string; to: string }) {
  const where = range
    ? and(eq(calendarOverrides.propertyId, propertyId), gte(calendarOverrides.day, range.from), lte(calendarOverrides.day, range.to))
    : eq(calendarOverrides.propertyId, propertyId);
  return db.select().from(calendarOverrides).where(where).orderBy(asc(calendarOverrides.day));
}

export async function overridesOn(db: DbOrTx, propertyId: string, days: string[]) {
  if (!days.length) return [];
  return db
    .select()
    .from(calendarOverrides)
    .where(and(eq(calendarOverrides.propertyId, propertyId), inArray(calendarOverrides.day, days)));
}

/** Inserts or replaces the overrides (one statement); returns the stored rows. */
export async function upsertOverrides(db: DbOrTx, rows: OverrideWrite[], now: Date) {
  if (!rows.length) return [];
  return db
    .insert(calendarOverrides)
    .values(rows.map((r) => ({ ...r, createdAt: now })))
    .onConflictDoUpdate({
      target: [calendarOverrides.propertyId, calendarOverrides.day],
      set: { kind: sql`excluded.kind`, name: sql`excluded.name` },
    })
    .returning();
}

export async function deleteOverride(db: DbOrTx, propertyId: string, day: string) {
  const rows = await db
    .delete(calendarOverrides)
    .where(and(eq(calendarOverrides.propertyId, propertyId), eq(calendarOverrides.day, day)))
    .returning();
  return rows[0] ?? null;
}
