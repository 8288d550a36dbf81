/**
 * SQL of the holds: the spans bookings and closures occupy. The exclusion constraint on
 * booking_holds refuses an overlap (23P01): no double booking gets past the database.
 */
import { and, asc, eq, ne, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { bookingHolds, bookings, venueClosures, venues } from '../../../db/schema/index.ts';

export interface HoldInput {
  venueId: string;
  from: Date;
  to: Date;
}
/** [from, to) as a tstzrange literal. */
export const range = (from: Date, to: Date) => sql`tstzrange(${from.toISOString()}::timestamptz, ${to.toISOString()}::timestamptz, '[)')`;

/**
 * The booking's holds become `holds` (`fresh`: a new booking, nothing to remove first), inserted in
 * venue-id order (byte order, not the locale's) so concurrent writers take their locks in one order.
 * The exclusion constraint decides.
 */
export async function replaceHolds(tx: DbOrTx, booking: { id: string; propertyId: string }, holds: HoldInput[], fresh = false) {
  if (!fresh) await tx.delete(bookingHolds).where(eq(bookingHolds.bookingId, booking.id));
  const sorted = [...holds].sort((a, b) => (a.venueId < b.venueId ? -1 : a.venueId > b.venueId ? 1 : 0));
  await tx.insert(bookingHolds).values(
    sorted.map((h) => ({
      bookingId: booking.id,
      propertyId: booking.propertyId,
      venueId: h.venueId,
      during: sql`tstzrange(${h.from.toISOString()}::timestamptz, ${h.to.toISOString()}::timestamptz, '[)')`,
    })),
  );
}

export async function releaseHolds(tx: DbOrTx, bookingId: string) {
  await tx.update(bookingHolds).set({ active: false }).where(eq(bookingHolds.bookingId, bookingId));
}

/** Active bookings whose holds overlap any of the given windows (other than `exceptBookingId`). */
export async function clashes(db: DbOrTx, holds: HoldInput[], exceptBookingId?: string) {
  const overlap = holds.map((h) =>
    and(
      eq(bookingHolds.venueId, h.venueId),
      sql`${bookingHolds.during} && tstzrange(${h.from.toISOString()}::timestamptz, ${h.to.toISOString()}::timestamptz, '[)')`,
    ),
  );
  return db
    .selectDistinct({
      id: bookings.id,
      number: bookings.number,
      venueId: bookingHolds.venueId,
      venueName: venues.name,
      startAt: bookings.startAt,
      endAt: bookings.endAt,
      topic: bookings.topic,
      organizerUnit: bookings.organizerUnit,
      organizationId: bookings.organizationId,
      confidentiality: bookings.confidentiality,
    })
    .from(bookingHolds)
    .innerJoin(bookings, eq(bookings.id, bookingHolds.bookingId))
    .innerJoin(venues, eq(venues.id, bookingHolds.venueId))
    .where(and(eq(bookingHolds.active, true), or(...overlap), exceptBookingId ? ne(bookingHolds.bookingId, exceptBookingId) : undefined))
    .orderBy(asc(bookings.startAt), asc(bookings.number));
}

/** Closures whose holds overlap any of the windows. */
export async function closureClashes(db: DbOrTx, holds: HoldInput[]) {
  if (!holds.length) return [];
  const overlap = holds.map((h) => and(eq(bookingHolds.venueId, h.venueId), sql`${bookingHolds.during} && ${range(h.from, h.to)}`));
  return db
    .selectDistinct({ id: venueClosures.id, venueName: venues.name, during: venueClosures.during, reason: venueClosures.reason })
    .from(bookingHolds)
    .innerJoin(venueClosures, eq(venueClosures.id, bookingHolds.closureId))
    .innerJoin(venues, eq(venues.id, bookingHolds.venueId))
    .where(and(eq(bookingHolds.active, true), or(...overlap)));
}
