/** SQL of the availability board: the venues a filter selects, and their holds in a period. */
import { and, asc, eq, gte, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { bookingHolds, bookings, organizations, venueClosures, venues } from '../../../db/schema/index.ts';
import { range } from '../holds/holds.repository.ts';

export interface BoardVenueFilter {
  propertyId: string;
  buildingId?: string;
  venueClass?: string;
  minSeats?: number;
  equipment?: string[];
}

const venueFilter = (f: BoardVenueFilter) =>
  and(
    eq(venues.propertyId, f.propertyId),
    f.buildingId ? eq(venues.buildingId, f.buildingId) : undefined,
    f.venueClass ? eq(venues.venueClass, f.venueClass as 'A') : undefined,
    f.minSeats ? gte(venues.seats, f.minSeats) : undefined,
    f.equipment?.length ? sql`${venues.equipment} @> ${JSON.stringify(f.equipment.map((code) => ({ code })))}::jsonb` : undefined,
  );

export async function boardVenues(db: DbOrTx, f: BoardVenueFilter) {
  return db
    .select({
      id: venues.id,
      name: venues.name,
      code: venues.code,
      buildingId: venues.buildingId,
      venueClass: venues.venueClass,
      seats: venues.seats,
      equipment: venues.equipment,
      bookable: venues.bookable,
      openFrom: venues.openFrom,
      openTo: venues.openTo,
    })
    .from(venues)
    .where(venueFilter(f))
    .orderBy(asc(venues.buildingId), asc(venues.code), asc(venues.name));
}

/** Active holds overlapping [from, to) of the venues the filter selects, with their booking or closure (served by the holds' gist index). */
export async function boardHolds(db: DbOrTx, f: BoardVenueFilter, from: Date, to: Date) {
  return db
    .select({
      venueId: bookingHolds.venueId,
      holdFrom: sql<string>`lower(${bookingHolds.during})`,
      holdTo: sql<string>`upper(${bookingHolds.during})`,
      bookingId: bookingHolds.bookingId,
      closureId: bookingHolds.closureId,
      closureReason: venueClosures.reason,
      // Only what a board block shows: the whole row (services, forms) would cost more than the query.
      booking: {
        id: bookings.id,
        propertyId: bookings.propertyId,
        number: bookings.number,
        status: bookings.status,
        topic: bookings.topic,
        startAt: bookings.startAt,
        endAt: bookings.endAt,
        venueId: bookings.venueId,
        organizationId: bookings.organizationId,
        organizerUnit: bookings.organizerUnit,
        confidentiality: bookings.confidentiality,
        createdBy: bookings.createdBy,
      },
      organizationName: organizations.name,
    })
    .from(bookingHolds)
    .leftJoin(bookings, eq(bookings.id, bookingHolds.bookingId))
    .leftJoin(organizations, eq(organizations.id, bookings.organizationId))
    .leftJoin(venueClosures, eq(venueClosures.id, bookingHolds.closureId))
    .where(
      and(
        eq(bookingHolds.active, true),
        inArray(bookingHolds.venueId, db.select({ id: venues.id }).from(venues).where(venueFilter(f))),
        sql`${bookingHolds.during} && ${range(from, to)}`,
      ),
    )
    .orderBy(asc(sql`lower(${bookingHolds.during})`));
}
