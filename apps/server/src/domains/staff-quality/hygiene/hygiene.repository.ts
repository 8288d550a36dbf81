/** All SQL of the hygiene inspections: one function per query. */
import { and, asc, desc, eq, gte, inArray, lt, lte, sql } from 'drizzle-orm';
import type { HygieneLevel } from '@hy/contracts';
import type { DbOrTx } from '../../../db/client.ts';
import { hygieneInspectionItems, hygieneInspections, hygieneReminders, userRoles } from '../../../db/schema/index.ts';

export type InspectionRow = typeof hygieneInspections.$inferSelect;
export type ItemRow = typeof hygieneInspectionItems.$inferSelect;

export async function insertInspection(db: DbOrTx, row: typeof hygieneInspections.$inferInsert) {
  return (await db.insert(hygieneInspections).values(row).returning())[0]!;
}
export async function insertItems(db: DbOrTx, rows: (typeof hygieneInspectionItems.$inferInsert)[]) {
  if (rows.length) await db.insert(hygieneInspectionItems).values(rows);
}
export async function findInspection(db: DbOrTx, id: string): Promise<InspectionRow | null> {
  return (await db.select().from(hygieneInspections).where(eq(hygieneInspections.id, id)).limit(1))[0] ?? null;
}
export async function itemsOf(db: DbOrTx, ids: string[]): Promise<Map<string, ItemRow[]>> {
  const out = new Map<string, ItemRow[]>(ids.map((id) => [id, []]));
  if (!ids.length) return out;
  const rows = await db
    .select()
    .from(hygieneInspectionItems)
    .where(inArray(hygieneInspectionItems.inspectionId, ids))
    .orderBy(asc(hygieneInspectionItems.inspectionId), asc(hygieneInspectionItems.position));
  for (const r of rows) out.get(r.inspectionId)!.push(r);
  return out;
}

export async function listInspections(
  db: DbOrTx,
  f: { propertyId: string; level?: HygieneLevel; area?: string; from?: string; to?: string; after?: unknown[] | null; limit: number },
) {
  const conds = [eq(hygieneInspections.propertyId, f.propertyId)];
  if (f.level) conds.push(eq(hygieneInspections.level, f.level));
  if (f.area) conds.push(eq(hygieneInspections.area, f.area));
  if (f.from) conds.push(gte(hygieneInspections.inspectedOn, f.from));
  if (f.to) conds.push(lte(hygieneInspections.inspectedOn, f.to));
  if (f.after)
    conds.push(sql`(${hygieneInspections.inspectedAt}, ${hygieneInspections.id}) < (${f.after[0]}::timestamptz, ${f.after[1]}::uuid)`);
  return db
    .select()
    .from(hygieneInspections)
    .where(and(...conds))
    .orderBy(desc(hygieneInspections.inspectedAt), desc(hygieneInspections.id))
    .limit(f.limit);
}

/** Per level, area and period start: the inspections since `from` (for the due view). */
export async function periodsSince(db: DbOrTx, propertyId: string, from: string) {
  return db
    .select({ level: hygieneInspections.level, area: hygieneInspections.area, periodStart: hygieneInspections.periodStart })
    .from(hygieneInspections)
    .where(and(eq(hygieneInspections.propertyId, propertyId), gte(hygieneInspections.periodStart, from)))
    .groupBy(hygieneInspections.level, hygieneInspections.area, hygieneInspections.periodStart);
}

/** The last inspection per level and area. */
export async function lastPerLevelArea(db: DbOrTx, propertyId: string) {
  return db
    .selectDistinctOn([hygieneInspections.level, hygieneInspections.area], {
      level: hygieneInspections.level,
      area: hygieneInspections.area,
      inspectedOn: hygieneInspections.inspectedOn,
      score: hygieneInspections.score,
    })
    .from(hygieneInspections)
    .where(eq(hygieneInspections.propertyId, propertyId))
    .orderBy(hygieneInspections.level, hygieneInspections.area, desc(hygieneInspections.inspectedAt));
}

/** Scores of a month's inspections, per level (for the contractor's evaluation). */
export async function scoresBetween(db: DbOrTx, propertyId: string, from: string, toExclusive: string) {
  return db
    .select({ level: hygieneInspections.level, score: hygieneInspections.score })
    .from(hygieneInspections)
    .where(
      and(
        eq(hygieneInspections.propertyId, propertyId),
        gte(hygieneInspections.inspectedOn, from),
        lt(hygieneInspections.inspectedOn, toExclusive),
      ),
    );
}

/** Properties with a housekeeping supervisor (where reminders go). */
export async function propertiesWithHousekeeping(db: DbOrTx) {
  return (
    await db.selectDistinct({ propertyId: userRoles.propertyId }).from(userRoles).where(eq(userRoles.role, 'housekeeping_supervisor'))
  ).map((r) => r.propertyId);
}

/** Marks a period's reminder sent; false when it was already (once per period, whatever the runs). */
export async function markReminded(db: DbOrTx, row: typeof hygieneReminders.$inferInsert) {
  const r = await db.insert(hygieneReminders).values(row).onConflictDoNothing().returning();
  return r.length > 0;
}
export async function reminded(db: DbOrTx, propertyId: string, starts: string[]) {
  if (!starts.length) return [];
  return db
    .select()
    .from(hygieneReminders)
    .where(and(eq(hygieneReminders.propertyId, propertyId), inArray(hygieneReminders.periodStart, starts)));
}
