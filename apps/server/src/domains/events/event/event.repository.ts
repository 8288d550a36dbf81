/** All SQL of the event itself: the event row, its groups' membership as access needs it, its numbers, its list. */
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { counters, eventGroupMembers, eventGroups, eventGuests, events, users } from '../../../db/schema/index.ts';

export type EventRow = typeof events.$inferSelect;

export const findEvent = async (db: DbOrTx, id: string) => (await db.select().from(events).where(eq(events.id, id)))[0] ?? null;

export async function insertEvent(tx: DbOrTx, v: typeof events.$inferInsert) {
  return (await tx.insert(events).values(v).returning())[0]!;
}

/** Updates when the version still matches (optimistic), bumping it; null when someone else changed it first. */
export async function updateEvent(tx: DbOrTx, id: string, version: number, patch: Partial<typeof events.$inferInsert>) {
  const rows = await tx
    .update(events)
    .set({ ...patch, version: sql`${events.version} + 1` })
    .where(and(eq(events.id, id), eq(events.version, version)))
    .returning();
  return rows[0] ?? null;
}

/** Sets the main session (the plenary whose notice carries the fee statement). */
export const setMainSession = (tx: DbOrTx, id: string, sessionId: string | null) =>
  tx.update(events).set({ mainSessionId: sessionId }).where(eq(events.id, id));

/** The event's number: HD-YYYY-NNN, per property and year. */
export async function nextEventSeq(tx: DbOrTx, propertyId: string, year: string) {
  const [row] = await tx
    .insert(counters)
    .values({ propertyId, key: `HD:${year}`, value: 1 })
    .onConflictDoUpdate({ target: [counters.propertyId, counters.key], set: { value: sql`${counters.value} + 1` } })
    .returning({ value: counters.value });
  return Number(row!.value);
}

/** The events of a property (all of them, or only those whose ids are given), newest first, with their guest counts. */
export async function listEvents(db: DbOrTx, propertyId: string, opts: { ids?: string[]; organizationId?: string; status?: string }) {
  const conds = [eq(events.propertyId, propertyId)];
  if (opts.ids) conds.push(opts.ids.length ? inArray(events.id, opts.ids) : sql`false`);
  if (opts.organizationId) conds.push(eq(events.organizationId, opts.organizationId));
  if (opts.status) conds.push(eq(events.status, opts.status as EventRow['status']));
  return db
    .select({
      e: events,
      ownerName: users.displayName,
      registered: sql<number>`(select count(*)::int from ${eventGuests} g where g.event_id = ${events.id} and g.rsvp = 'registered')`,
      invited: sql<number>`(select count(*)::int from ${eventGuests} g where g.event_id = ${events.id} and g.rsvp <> 'draft')`,
    })
    .from(events)
    .innerJoin(users, eq(users.id, events.ownerId))
    .where(and(...conds))
    .orderBy(desc(events.startsOn), desc(events.createdAt))
    .limit(200);
}

/** The events (of a property) the user is a member of some group of. */
export async function memberEventIds(db: DbOrTx, userId: string) {
  const rows = await db
    .selectDistinct({ id: eventGroupMembers.eventId })
    .from(eventGroupMembers)
    .where(eq(eventGroupMembers.userId, userId));
  return rows.map((r) => r.id);
}

/** Whether the user is a member or leader of a group of the event. */
export async function isMember(db: DbOrTx, eventId: string, userId: string) {
  const [m] = await db
    .select({ one: sql<number>`1` })
    .from(eventGroupMembers)
    .where(and(eq(eventGroupMembers.eventId, eventId), eq(eventGroupMembers.userId, userId)))
    .limit(1);
  if (m) return true;
  const [l] = await db
    .select({ one: sql<number>`1` })
    .from(eventGroups)
    .where(and(eq(eventGroups.eventId, eventId), eq(eventGroups.leaderId, userId)))
    .limit(1);
  return !!l;
}

export async function userName(db: DbOrTx, id: string | null) {
  if (!id) return null;
  const [u] = await db.select({ name: users.displayName }).from(users).where(eq(users.id, id));
  return u?.name ?? null;
}
