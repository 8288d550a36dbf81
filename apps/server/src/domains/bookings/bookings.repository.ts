/** All SQL of bookings: one function per query. Venues are read straight from the places tables. */
import { and, asc, desc, eq, gt, inArray, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import {
  auditEvents, bookingHolds, bookings, counters, organizations, properties, venueAllowedOrganizations, venueLinks, venues,
} from '../../db/schema/index.ts';
import type { BookingStatus } from '@hy/contracts';

export type BookingRow = typeof bookings.$inferSelect;
export type BookingInsert = typeof bookings.$inferInsert;
export type VenueRow = typeof venues.$inferSelect;
export interface HoldInput { venueId: string; from: Date; to: Date }

export async function findPropertySettings(db: DbOrTx, propertyId: string) {
  const [p] = await db.select({ settings: properties.settings, timeZone: properties.timeZone }).from(properties).where(eq(properties.id, propertyId));
  return p ?? null;
}

/** A venue with the ids of its linked rooms and of the organizations allowed to book it. */
export async function findVenue(db: DbOrTx, id: string) {
  const [v] = await db.select().from(venues).where(eq(venues.id, id));
  if (!v) return null;
  const links = await db.select({ id: venueLinks.linkedVenueId }).from(venueLinks).where(eq(venueLinks.venueId, id));
  const allowed = await db.select({ id: venueAllowedOrganizations.organizationId, name: organizations.name })
    .from(venueAllowedOrganizations).innerJoin(organizations, eq(organizations.id, venueAllowedOrganizations.organizationId))
    .where(eq(venueAllowedOrganizations.venueId, id)).orderBy(asc(organizations.name));
  return { ...v, linkedVenueIds: links.map((l) => l.id).sort(), allowedOrganizations: allowed };
}
export type VenueWithRelations = NonNullable<Awaited<ReturnType<typeof findVenue>>>;

export async function venueNames(db: DbOrTx, ids: string[]) {
  if (!ids.length) return new Map<string, string>();
  const rows = await db.select({ id: venues.id, name: venues.name }).from(venues).where(inArray(venues.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function findOrganization(db: DbOrTx, id: string) {
  const [o] = await db.select({ id: organizations.id, propertyId: organizations.propertyId, name: organizations.name }).from(organizations).where(eq(organizations.id, id));
  return o ?? null;
}

/** The next value of a per-property counter; the row stays locked until the transaction ends, so numbers are unbroken. */
export async function nextCounter(tx: DbOrTx, propertyId: string, key: string): Promise<number> {
  const [row] = await tx.insert(counters).values({ propertyId, key, value: 1 })
    .onConflictDoUpdate({ target: [counters.propertyId, counters.key], set: { value: sql`${counters.value} + 1` } })
    .returning({ value: counters.value });
  return Number(row!.value);
}

export async function insertBooking(tx: DbOrTx, values: BookingInsert): Promise<BookingRow> {
  const [row] = await tx.insert(bookings).values(values).returning();
  return row!;
}

/** Replaces a booking's holds (sorted by venue so concurrent writers lock in one order). The exclusion constraint decides. */
export async function replaceHolds(tx: DbOrTx, booking: { id: string; propertyId: string }, holds: HoldInput[]) {
  await tx.delete(bookingHolds).where(eq(bookingHolds.bookingId, booking.id));
  const sorted = [...holds].sort((a, b) => a.venueId.localeCompare(b.venueId));
  await tx.insert(bookingHolds).values(sorted.map((h) => ({
    bookingId: booking.id, propertyId: booking.propertyId, venueId: h.venueId,
    during: sql`tstzrange(${h.from.toISOString()}::timestamptz, ${h.to.toISOString()}::timestamptz, '[)')`,
  })));
}

export async function releaseHolds(tx: DbOrTx, bookingId: string) {
  await tx.update(bookingHolds).set({ active: false }).where(eq(bookingHolds.bookingId, bookingId));
}

/** Active bookings whose holds overlap any of the given windows (other than `exceptBookingId`). */
export async function clashes(db: DbOrTx, holds: HoldInput[], exceptBookingId?: string) {
  const overlap = holds.map((h) => and(
    eq(bookingHolds.venueId, h.venueId),
    sql`${bookingHolds.during} && tstzrange(${h.from.toISOString()}::timestamptz, ${h.to.toISOString()}::timestamptz, '[)')`,
  ));
  return db.selectDistinct({
    id: bookings.id, number: bookings.number, venueId: bookingHolds.venueId, venueName: venues.name, startAt: bookings.startAt, endAt: bookings.endAt,
    topic: bookings.topic, organizerUnit: bookings.organizerUnit, organizationId: bookings.organizationId, confidentiality: bookings.confidentiality,
  }).from(bookingHolds)
    .innerJoin(bookings, eq(bookings.id, bookingHolds.bookingId))
    .innerJoin(venues, eq(venues.id, bookingHolds.venueId))
    .where(and(eq(bookingHolds.active, true), or(...overlap), exceptBookingId ? ne(bookingHolds.bookingId, exceptBookingId) : undefined))
    .orderBy(asc(bookings.startAt), asc(bookings.number));
}

export async function findBooking(db: DbOrTx, id: string): Promise<BookingRow | null> {
  const [row] = await db.select().from(bookings).where(eq(bookings.id, id));
  return row ?? null;
}

export interface ListFilter {
  propertyId: string; from?: Date; to?: Date; venueId?: string; status?: BookingStatus; organizationId?: string;
  after?: { startAt: Date; id: string }; limit: number;
}

export async function listBookings(db: DbOrTx, f: ListFilter): Promise<BookingRow[]> {
  const where: (SQL | undefined)[] = [
    eq(bookings.propertyId, f.propertyId),
    f.from ? gt(bookings.endAt, f.from) : undefined,
    f.to ? lt(bookings.startAt, f.to) : undefined,
    f.venueId ? or(eq(bookings.venueId, f.venueId), sql`${f.venueId}::uuid = any(${bookings.linkedVenueIds})`) : undefined,
    f.status ? eq(bookings.status, f.status) : undefined,
    f.organizationId ? eq(bookings.organizationId, f.organizationId) : undefined,
    f.after ? sql`(${bookings.startAt}, ${bookings.id}) > (${f.after.startAt.toISOString()}::timestamptz, ${f.after.id}::uuid)` : undefined,
  ];
  return db.select().from(bookings).where(and(...where)).orderBy(asc(bookings.startAt), asc(bookings.id)).limit(f.limit);
}

/** Optimistic update: only if the version is still the one the client read. Null when stale. */
export async function updateIfVersion(tx: DbOrTx, id: string, version: number, patch: Partial<BookingInsert>): Promise<BookingRow | null> {
  const [row] = await tx.update(bookings).set({ ...patch, version: sql`${bookings.version} + 1` })
    .where(and(eq(bookings.id, id), eq(bookings.version, version))).returning();
  return row ?? null;
}

/** A status change guarded by the current status, so two concurrent decisions cannot both win. Null when it lost. */
export async function updateIfStatus(tx: DbOrTx, id: string, from: readonly BookingStatus[], patch: Partial<BookingInsert>): Promise<BookingRow | null> {
  const [row] = await tx.update(bookings).set({ ...patch, version: sql`${bookings.version} + 1` })
    .where(and(eq(bookings.id, id), inArray(bookings.status, [...from]))).returning();
  return row ?? null;
}

export async function history(db: DbOrTx, id: string) {
  return db.select().from(auditEvents)
    .where(and(eq(auditEvents.entityType, 'booking'), eq(auditEvents.entityId, id)))
    .orderBy(desc(auditEvents.at), desc(auditEvents.id));
}
