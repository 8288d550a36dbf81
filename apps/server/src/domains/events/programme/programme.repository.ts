/** All SQL of the programme: sessions, the property's venues, the sessions' bookings and notices. */
import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { bookings, buildings, eventSessions, serviceNotices, users, venues } from '../../../db/schema/index.ts';

export type SessionRow = typeof eventSessions.$inferSelect;

export const insertSessions = (tx: DbOrTx, rows: (typeof eventSessions.$inferInsert)[]) =>
  rows.length ? tx.insert(eventSessions).values(rows).returning() : Promise.resolve([] as SessionRow[]);

export const findSession = async (db: DbOrTx, eventId: string, id: string) =>
  (
    await db
      .select()
      .from(eventSessions)
      .where(and(eq(eventSessions.eventId, eventId), eq(eventSessions.id, id)))
  )[0] ?? null;

export const updateSession = async (tx: DbOrTx, id: string, patch: Partial<typeof eventSessions.$inferInsert>) =>
  (await tx.update(eventSessions).set(patch).where(eq(eventSessions.id, id)).returning())[0] ?? null;

export const deleteSession = (tx: DbOrTx, id: string) => tx.delete(eventSessions).where(eq(eventSessions.id, id));

/** The property's bookable venues with their building, seats and the default layout's buffers. */
export async function venuesOf(db: DbOrTx, propertyId: string) {
  const rows = await db
    .select({
      id: venues.id,
      name: venues.name,
      building: buildings.name,
      seats: venues.seats,
      layouts: venues.layouts,
      defaultLayout: venues.defaultLayout,
    })
    .from(venues)
    .leftJoin(buildings, eq(buildings.id, venues.buildingId))
    .where(and(eq(venues.propertyId, propertyId), eq(venues.bookable, true)))
    .orderBy(asc(buildings.name), asc(venues.name));
  return rows.map((v) => {
    const l = v.layouts.find((x) => x.layout === v.defaultLayout) ?? v.layouts[0];
    return { ...v, setupMinutes: l?.setupMinutes ?? 0, cleanupMinutes: l?.cleanupMinutes ?? 0 };
  });
}

export const bookingsOf = (db: DbOrTx, ids: string[]) =>
  ids.length
    ? db
        .select({ id: bookings.id, number: bookings.number, status: bookings.status, version: bookings.version })
        .from(bookings)
        .where(inArray(bookings.id, ids))
    : Promise.resolve([]);

export const noticesOf = (db: DbOrTx, bookingIds: string[]) =>
  bookingIds.length
    ? db
        .select({ id: serviceNotices.id, number: serviceNotices.number, bookingId: serviceNotices.bookingId })
        .from(serviceNotices)
        .where(and(inArray(serviceNotices.bookingId, bookingIds), ne(serviceNotices.status, 'cancelled')))
    : Promise.resolve([]);

export const userContact = async (db: DbOrTx, id: string) =>
  (await db.select({ name: users.displayName, phone: users.phone }).from(users).where(eq(users.id, id)))[0] ?? null;
