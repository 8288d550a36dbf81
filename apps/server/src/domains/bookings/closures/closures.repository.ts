/** SQL of venue closures: the closure, the bookings it collided with, and its holds. */
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { bookingHolds, bookings, venueClosureBookings, venueClosures, venues } from '../../../db/schema/index.ts';
import { range } from '../holds/holds.repository.ts';

export type ClosureRow = typeof venueClosures.$inferSelect;

export async function insertClosure(
  tx: DbOrTx,
  v: { propertyId: string; venueId: string; from: Date; to: Date; reason: string; createdBy: string; createdAt: Date },
) {
  const [row] = await tx
    .insert(venueClosures)
    .values({ ...v, during: range(v.from, v.to) as unknown as string })
    .returning();
  return row!;
}

/** (Re)holds a closure's period minus what other holds occupy (bookings it collided with and kept). */
export async function refillClosureHolds(tx: DbOrTx, c: ClosureRow) {
  await tx.delete(bookingHolds).where(eq(bookingHolds.closureId, c.id));
  await tx.execute(sql`
    insert into booking_holds (closure_id, property_id, venue_id, during)
    select ${c.id}::uuid, ${c.propertyId}::uuid, ${c.venueId}::uuid, piece
    from unnest(tstzmultirange(${c.during}::tstzrange) - coalesce((
      select range_agg(h.during) from booking_holds h
      where h.venue_id = ${c.venueId}::uuid and h.active and h.during && ${c.during}::tstzrange), '{}'::tstzmultirange)) as piece`);
}

export async function findClosure(db: DbOrTx, id: string): Promise<ClosureRow | null> {
  const [row] = await db.select().from(venueClosures).where(eq(venueClosures.id, id));
  return row ?? null;
}

export async function listClosures(db: DbOrTx, f: { propertyId: string; from?: Date; to?: Date; venueId?: string }) {
  return db
    .select({ closure: venueClosures, venueName: venues.name })
    .from(venueClosures)
    .innerJoin(venues, eq(venues.id, venueClosures.venueId))
    .where(
      and(
        eq(venueClosures.propertyId, f.propertyId),
        f.venueId ? eq(venueClosures.venueId, f.venueId) : undefined,
        f.from || f.to
          ? sql`${venueClosures.during} && tstzrange(${f.from?.toISOString() ?? null}::timestamptz, ${f.to?.toISOString() ?? null}::timestamptz, '[)')`
          : undefined,
      ),
    )
    .orderBy(asc(sql`lower(${venueClosures.during})`), asc(venueClosures.id))
    .limit(500);
}

export async function insertClosureBookings(tx: DbOrTx, closureId: string, bookingIds: string[]) {
  if (bookingIds.length) await tx.insert(venueClosureBookings).values(bookingIds.map((bookingId) => ({ closureId, bookingId })));
}

export async function closureBookings(db: DbOrTx, closureIds: string[]) {
  if (!closureIds.length) return [];
  return db
    .select({
      link: venueClosureBookings,
      number: bookings.number,
      status: bookings.status,
      startAt: bookings.startAt,
      endAt: bookings.endAt,
    })
    .from(venueClosureBookings)
    .innerJoin(bookings, eq(bookings.id, venueClosureBookings.bookingId))
    .where(inArray(venueClosureBookings.closureId, closureIds))
    .orderBy(asc(bookings.startAt));
}

/** Records how a colliding booking was resolved; null when it was not pending (not listed, or resolved already). */
export async function resolveClosureBooking(
  tx: DbOrTx,
  closureId: string,
  bookingId: string,
  resolution: 'moved' | 'cancelled' | 'kept',
  by: string,
  at: Date,
) {
  const [row] = await tx
    .update(venueClosureBookings)
    .set({ resolution, resolvedBy: by, resolvedAt: at })
    .where(
      and(
        eq(venueClosureBookings.closureId, closureId),
        eq(venueClosureBookings.bookingId, bookingId),
        isNull(venueClosureBookings.resolution),
      ),
    )
    .returning();
  return row ?? null;
}
