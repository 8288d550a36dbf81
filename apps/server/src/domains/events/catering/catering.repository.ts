/** All SQL of an event's catering: meals, menu options, the frozen count, the signed real count, the logistics group. */
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { eventGroupMembers, eventGroups, eventMealMenus, eventMeals, events } from '../../../db/schema/index.ts';

export type MealRow = typeof eventMeals.$inferSelect;
export type MenuRow = typeof eventMealMenus.$inferSelect;

export const mealsOf = (db: DbOrTx, eventId: string) =>
  db.select().from(eventMeals).where(eq(eventMeals.eventId, eventId)).orderBy(asc(eventMeals.startsAt), asc(eventMeals.kind));

export const menusOf = (db: DbOrTx, eventId: string) =>
  db.select().from(eventMealMenus).where(eq(eventMealMenus.eventId, eventId)).orderBy(asc(eventMealMenus.createdAt));

export async function findMeal(db: DbOrTx, eventId: string, mealId: string, lock = false) {
  const q = db
    .select()
    .from(eventMeals)
    .where(and(eq(eventMeals.id, mealId), eq(eventMeals.eventId, eventId)));
  return (await (lock ? q.for('update') : q))[0] ?? null;
}

export const findMenu = async (db: DbOrTx, mealId: string, menuId: string) =>
  (
    await db
      .select()
      .from(eventMealMenus)
      .where(and(eq(eventMealMenus.id, menuId), eq(eventMealMenus.mealId, mealId)))
  )[0] ?? null;

/** Inserts meals; one already there (same event, kind and time) is left as it is. */
export const insertMeals = (tx: DbOrTx, rows: (typeof eventMeals.$inferInsert)[]) =>
  rows.length ? tx.insert(eventMeals).values(rows).onConflictDoNothing().returning() : Promise.resolve([] as MealRow[]);

export const updateMeal = async (tx: DbOrTx, id: string, patch: Partial<typeof eventMeals.$inferInsert>) =>
  (await tx.update(eventMeals).set(patch).where(eq(eventMeals.id, id)).returning())[0]!;

export const deleteMeal = (tx: DbOrTx, id: string) => tx.delete(eventMeals).where(eq(eventMeals.id, id));

export const insertMenu = async (tx: DbOrTx, v: typeof eventMealMenus.$inferInsert) =>
  (await tx.insert(eventMealMenus).values(v).returning())[0]!;

/** Freezes the count sent to the caterer; `firstOnly`: only when none was sent yet (the job's once). Null when not written. */
export async function freezeCount(
  tx: DbOrTx,
  id: string,
  v: { count: number; dietary: Record<string, number>; at: Date },
  firstOnly: boolean,
) {
  const rows = await tx
    .update(eventMeals)
    .set({ orderedCount: v.count, orderedDietary: v.dietary, orderedAt: v.at, updatedAt: v.at })
    .where(and(eq(eventMeals.id, id), isNull(eventMeals.signedAt), firstOnly ? isNull(eventMeals.orderedAt) : undefined))
    .returning();
  return rows[0] ?? null;
}

/** Records the signed real count once (guarded: a second signer finds it signed). */
export async function signMeal(
  tx: DbOrTx,
  id: string,
  v: { actualCount: number; signerName: string; signatureFileId: string | null; signedBy: string; at: Date },
) {
  const rows = await tx
    .update(eventMeals)
    .set({
      actualCount: v.actualCount,
      signerName: v.signerName,
      signatureFileId: v.signatureFileId,
      signedBy: v.signedBy,
      signedAt: v.at,
      updatedAt: v.at,
    })
    .where(and(eq(eventMeals.id, id), isNull(eventMeals.signedAt)))
    .returning();
  return rows[0] ?? null;
}

/** Meals whose count was not sent yet, starting within `maxHours` from `now` (and not long past), of live events. */
export function unorderedMeals(db: DbOrTx, now: Date, maxHours: number) {
  return db
    .select({ meal: eventMeals, eventName: events.name })
    .from(eventMeals)
    .innerJoin(events, eq(events.id, eventMeals.eventId))
    .where(
      and(
        isNull(eventMeals.orderedAt),
        isNull(eventMeals.signedAt),
        sql`${eventMeals.startsAt} <= ${new Date(now.getTime() + maxHours * 3_600_000)}`,
        sql`${eventMeals.startsAt} > ${new Date(now.getTime() - 86_400_000)}`,
        sql`${events.status} not in ('closed','cancelled')`,
      ),
    )
    .orderBy(asc(eventMeals.startsAt));
}

/** The 后勤保障组 (code 'logistics') of the event: its leader and members. */
export async function logisticsUserIds(db: DbOrTx, eventId: string): Promise<string[]> {
  const groups = await db
    .select({ id: eventGroups.id, leaderId: eventGroups.leaderId })
    .from(eventGroups)
    .where(and(eq(eventGroups.eventId, eventId), eq(eventGroups.code, 'logistics')));
  if (!groups.length) return [];
  const members = await db
    .select({ userId: eventGroupMembers.userId })
    .from(eventGroupMembers)
    .where(
      inArray(
        eventGroupMembers.groupId,
        groups.map((g) => g.id),
      ),
    );
  return [...new Set([...groups.map((g) => g.leaderId).filter((x): x is string => !!x), ...members.map((m) => m.userId)])];
}
