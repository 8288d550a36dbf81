/** All SQL of the 会务物资清单 (M13): the lines, the live figures their quantities follow, the groups and warehouse items they name. */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { eventGroups, eventMaterials, eventSessions, warehouseItems } from '../../../db/schema/index.ts';
import type { EventMaterialFigures } from '@hy/contracts';

export type MaterialRow = typeof eventMaterials.$inferSelect;
const one = <T>(rows: T[]) => rows[0] ?? null;

export const linesOf = (db: DbOrTx, eventId: string) =>
  db
    .select()
    .from(eventMaterials)
    .where(eq(eventMaterials.eventId, eventId))
    .orderBy(asc(eventMaterials.placement), asc(eventMaterials.category), asc(eventMaterials.createdAt));

export const findLine = async (db: DbOrTx, eventId: string, id: string) =>
  one(
    await db
      .select()
      .from(eventMaterials)
      .where(and(eq(eventMaterials.eventId, eventId), eq(eventMaterials.id, id))),
  );

export const insertLine = async (tx: DbOrTx, v: typeof eventMaterials.$inferInsert) =>
  (await tx.insert(eventMaterials).values(v).returning())[0]!;

/** The line changed when its version still matches (null otherwise: someone else changed it). */
export const updateLine = async (tx: DbOrTx, id: string, version: number, patch: Partial<typeof eventMaterials.$inferInsert>, at: Date) =>
  one(
    await tx
      .update(eventMaterials)
      .set({ ...patch, version: sql`${eventMaterials.version} + 1`, updatedAt: at })
      .where(and(eq(eventMaterials.id, id), eq(eventMaterials.version, version)))
      .returning(),
  );

export const deleteLine = (tx: DbOrTx, id: string) => tx.delete(eventMaterials).where(eq(eventMaterials.id, id));

/** drawn + qty (the meetings checkout has moved the stock in the same transaction). */
export const addDrawn = async (tx: DbOrTx, id: string, qty: number, at: Date) =>
  (
    await tx
      .update(eventMaterials)
      .set({ drawn: sql`${eventMaterials.drawn} + ${qty}`, version: sql`${eventMaterials.version} + 1`, updatedAt: at })
      .where(eq(eventMaterials.id, id))
      .returning()
  )[0]!;

/** returned/lost + counts, never above what this line drew (null otherwise). */
export const addReturned = async (tx: DbOrTx, id: string, returned: number, lost: number, at: Date) =>
  one(
    await tx
      .update(eventMaterials)
      .set({
        returned: sql`${eventMaterials.returned} + ${returned}`,
        lost: sql`${eventMaterials.lost} + ${lost}`,
        status: sql`case when ${eventMaterials.returned} + ${eventMaterials.lost} + ${returned + lost} = ${eventMaterials.drawn} then 'returned' else ${eventMaterials.status} end`,
        version: sql`${eventMaterials.version} + 1`,
        updatedAt: at,
      })
      .where(
        and(
          eq(eventMaterials.id, id),
          sql`${eventMaterials.returned} + ${eventMaterials.lost} + ${returned + lost} <= ${eventMaterials.drawn}`,
        ),
      )
      .returning(),
  );

/** The live counts the quantities follow: registered people (with companions) in all and per kind, VIPs, the sessions. */
export async function figuresOf(db: DbOrTx, eventId: string): Promise<EventMaterialFigures> {
  const [r] = (
    await db.execute(sql`
    select coalesce(sum(1 + jsonb_array_length(companions)), 0)::int as people,
      count(*) filter (where kind = 'guest')::int as guests,
      count(*) filter (where kind = 'speaker')::int as speakers,
      count(*) filter (where vip)::int as vip,
      count(*) filter (where kind = 'staff')::int as staff
    from event_guests where event_id = ${eventId} and rsvp = 'registered'`)
  ).rows as { people: number; guests: number; speakers: number; vip: number; staff: number }[];
  const [s] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(eventSessions)
    .where(and(eq(eventSessions.eventId, eventId), inArray(eventSessions.kind, ['plenary', 'group'])));
  return { ...r!, sessions: s?.n ?? 0 };
}

export const groupsOf = (db: DbOrTx, eventId: string) =>
  db
    .select({ id: eventGroups.id, name: eventGroups.name, code: eventGroups.code })
    .from(eventGroups)
    .where(eq(eventGroups.eventId, eventId));

export const itemsByIds = (db: DbOrTx, ids: string[]) =>
  ids.length ? db.select().from(warehouseItems).where(inArray(warehouseItems.id, ids)) : Promise.resolve([]);
export const findItem = async (db: DbOrTx, id: string) => one(await db.select().from(warehouseItems).where(eq(warehouseItems.id, id)));
