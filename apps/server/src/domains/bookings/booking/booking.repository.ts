/** All SQL of bookings: one function per query. Venues are read straight from the places tables. */
import { and, asc, desc, eq, gt, gte, inArray, isNull, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import {
  auditEvents, bookingHolds, bookingSeries, bookings, bureauReports, calendarFeeds, counters, organizations, properties, userRoles, users,
  venueAllowedOrganizations, venueClosureBookings, venueClosures, venueLinks, venues,
} from '../../../db/schema/index.ts';
import type { BookingStatus } from '@hy/contracts';
import { visibleTo } from '../confidentiality/confidentiality.repository.ts';
import type { ClosedViewer } from '../confidentiality/confidentiality.policy.ts';

export type BookingRow = typeof bookings.$inferSelect;
export type BookingInsert = typeof bookings.$inferInsert;
export type VenueRow = typeof venues.$inferSelect;
export interface HoldInput { venueId: string; from: Date; to: Date }
export type SeriesRow = typeof bookingSeries.$inferSelect;
export type ClosureRow = typeof venueClosures.$inferSelect;
export type FeedRow = typeof calendarFeeds.$inferSelect;
const range = (from: Date, to: Date) => sql`tstzrange(${from.toISOString()}::timestamptz, ${to.toISOString()}::timestamptz, '[)')`;

export async function findPropertySettings(db: DbOrTx, propertyId: string) {
  const [p] = await db.select({ settings: properties.settings, timeZone: properties.timeZone }).from(properties).where(eq(properties.id, propertyId));
  return p ?? null;
}

/** A venue with the ids of its linked rooms and of the organizations allowed to book it. */
export async function findVenue(db: DbOrTx, id: string) {
  return (await venueWithProperty(db, id))?.venue ?? null;
}

/**
 * One round trip for what planning a booking reads: the venue with its linked rooms and allowed
 * organizations, and its property's settings and time zone.
 */
export async function venueWithProperty(db: DbOrTx, id: string) {
  const [r] = await db.select({
    v: venues, settings: properties.settings, timeZone: properties.timeZone,
    links: sql<string[] | null>`(select json_agg(l.linked_venue_id) from ${venueLinks} l where l.venue_id = ${venues.id})`,
    allowed: sql<{ id: string; name: string }[] | null>`(select json_agg(json_build_object('id', o.id, 'name', o.name) order by o.name)
      from ${venueAllowedOrganizations} a join ${organizations} o on o.id = a.organization_id where a.venue_id = ${venues.id})`,
  }).from(venues).innerJoin(properties, eq(properties.id, venues.propertyId)).where(eq(venues.id, id));
  if (!r) return null;
  return { settings: r.settings, timeZone: r.timeZone, venue: { ...r.v, linkedVenueIds: [...(r.links ?? [])].sort(), allowedOrganizations: r.allowed ?? [] } };
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
/**
 * Reserves `n` consecutive booking numbers and returns the first. Called in its own statement
 * before the booking's transaction, so the counter row is locked for microseconds rather than for
 * the whole write (which would serialise every booking of the property). A request refused after
 * reserving leaves a gap; booking numbers need not be unbroken (work-order numbers must, and are
 * taken inside their transaction).
 */
export async function reserveNumbers(db: DbOrTx, propertyId: string, key: string, n = 1): Promise<number> {
  const [row] = await db.insert(counters).values({ propertyId, key, value: n })
    .onConflictDoUpdate({ target: [counters.propertyId, counters.key], set: { value: sql`${counters.value} + ${n}` } })
    .returning({ value: counters.value });
  return Number(row!.value) - n + 1;
}

export async function insertBooking(tx: DbOrTx, values: BookingInsert): Promise<BookingRow> {
  const [row] = await tx.insert(bookings).values(values).returning();
  return row!;
}

/**
 * The booking's holds become `holds` (`fresh`: a new booking, nothing to remove first), inserted in
 * venue-id order (byte order, not the locale's) so concurrent writers take their locks in one order.
 * The exclusion constraint decides.
 */
export async function replaceHolds(tx: DbOrTx, booking: { id: string; propertyId: string }, holds: HoldInput[], fresh = false) {
  if (!fresh) await tx.delete(bookingHolds).where(eq(bookingHolds.bookingId, booking.id));
  const sorted = [...holds].sort((a, b) => (a.venueId < b.venueId ? -1 : a.venueId > b.venueId ? 1 : 0));
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
  propertyId: string; from?: Date; to?: Date; venueId?: string; status?: BookingStatus; organizationId?: string; seriesId?: string;
  after?: { startAt: Date; id: string }; limit: number;
  /** M12: closed meetings only where this viewer may see them (undefined: every one). */
  viewer?: ClosedViewer;
}

export async function listBookings(db: DbOrTx, f: ListFilter): Promise<BookingRow[]> {
  const where: (SQL | undefined)[] = [
    eq(bookings.propertyId, f.propertyId),
    f.from ? gt(bookings.endAt, f.from) : undefined,
    f.to ? lt(bookings.startAt, f.to) : undefined,
    f.venueId ? or(eq(bookings.venueId, f.venueId), sql`${f.venueId}::uuid = any(${bookings.linkedVenueIds})`) : undefined,
    f.status ? eq(bookings.status, f.status) : undefined,
    f.organizationId ? eq(bookings.organizationId, f.organizationId) : undefined,
    f.seriesId ? eq(bookings.seriesId, f.seriesId) : undefined,
    f.after ? sql`(${bookings.startAt}, ${bookings.id}) > (${f.after.startAt.toISOString()}::timestamptz, ${f.after.id}::uuid)` : undefined,
    visibleTo(f.viewer, bookings.id),
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

// ---------- closures ----------

/** Closures whose holds overlap any of the windows. */
export async function closureClashes(db: DbOrTx, holds: HoldInput[]) {
  if (!holds.length) return [];
  const overlap = holds.map((h) => and(eq(bookingHolds.venueId, h.venueId), sql`${bookingHolds.during} && ${range(h.from, h.to)}`));
  return db.selectDistinct({ id: venueClosures.id, venueName: venues.name, during: venueClosures.during, reason: venueClosures.reason })
    .from(bookingHolds).innerJoin(venueClosures, eq(venueClosures.id, bookingHolds.closureId)).innerJoin(venues, eq(venues.id, bookingHolds.venueId))
    .where(and(eq(bookingHolds.active, true), or(...overlap)));
}

export async function insertClosure(tx: DbOrTx, v: { propertyId: string; venueId: string; from: Date; to: Date; reason: string; createdBy: string; createdAt: Date }) {
  const [row] = await tx.insert(venueClosures).values({ ...v, during: range(v.from, v.to) as unknown as string }).returning();
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
  return db.select({ closure: venueClosures, venueName: venues.name }).from(venueClosures).innerJoin(venues, eq(venues.id, venueClosures.venueId))
    .where(and(
      eq(venueClosures.propertyId, f.propertyId), f.venueId ? eq(venueClosures.venueId, f.venueId) : undefined,
      f.from || f.to ? sql`${venueClosures.during} && tstzrange(${f.from?.toISOString() ?? null}::timestamptz, ${f.to?.toISOString() ?? null}::timestamptz, '[)')` : undefined,
    )).orderBy(asc(sql`lower(${venueClosures.during})`), asc(venueClosures.id)).limit(500);
}

export async function insertClosureBookings(tx: DbOrTx, closureId: string, bookingIds: string[]) {
  if (bookingIds.length) await tx.insert(venueClosureBookings).values(bookingIds.map((bookingId) => ({ closureId, bookingId })));
}

export async function closureBookings(db: DbOrTx, closureIds: string[]) {
  if (!closureIds.length) return [];
  return db.select({ link: venueClosureBookings, number: bookings.number, status: bookings.status, startAt: bookings.startAt, endAt: bookings.endAt })
    .from(venueClosureBookings).innerJoin(bookings, eq(bookings.id, venueClosureBookings.bookingId))
    .where(inArray(venueClosureBookings.closureId, closureIds)).orderBy(asc(bookings.startAt));
}

/** Records how a colliding booking was resolved; null when it was not pending (not listed, or resolved already). */
export async function resolveClosureBooking(tx: DbOrTx, closureId: string, bookingId: string, resolution: 'moved' | 'cancelled' | 'kept', by: string, at: Date) {
  const [row] = await tx.update(venueClosureBookings).set({ resolution, resolvedBy: by, resolvedAt: at })
    .where(and(eq(venueClosureBookings.closureId, closureId), eq(venueClosureBookings.bookingId, bookingId), isNull(venueClosureBookings.resolution))).returning();
  return row ?? null;
}

// ---------- series ----------

export async function insertSeries(tx: DbOrTx, v: typeof bookingSeries.$inferInsert): Promise<SeriesRow> {
  const [row] = await tx.insert(bookingSeries).values(v).returning();
  return row!;
}

export async function findSeries(db: DbOrTx, id: string): Promise<SeriesRow | null> {
  const [row] = await db.select().from(bookingSeries).where(eq(bookingSeries.id, id));
  return row ?? null;
}

export async function seriesBookings(db: DbOrTx, seriesId: string, from?: Date): Promise<BookingRow[]> {
  return db.select().from(bookings).where(and(eq(bookings.seriesId, seriesId), from ? gt(bookings.startAt, from) : undefined))
    .orderBy(asc(bookings.startAt), asc(bookings.id));
}

export async function markSeriesCancelled(tx: DbOrTx, id: string, by: string, at: Date, reason: string) {
  await tx.update(bookingSeries).set({ cancelledBy: by, cancelledAt: at, cancelReason: reason }).where(eq(bookingSeries.id, id));
}

// ---------- availability board ----------

export interface BoardVenueFilter { propertyId: string; buildingId?: string; venueClass?: string; minSeats?: number; equipment?: string[] }

const venueFilter = (f: BoardVenueFilter) => and(
  eq(venues.propertyId, f.propertyId),
  f.buildingId ? eq(venues.buildingId, f.buildingId) : undefined,
  f.venueClass ? eq(venues.venueClass, f.venueClass as 'A') : undefined,
  f.minSeats ? gte(venues.seats, f.minSeats) : undefined,
  f.equipment?.length ? sql`${venues.equipment} @> ${JSON.stringify(f.equipment.map((code) => ({ code })))}::jsonb` : undefined,
);

export async function boardVenues(db: DbOrTx, f: BoardVenueFilter) {
  return db.select({
    id: venues.id, name: venues.name, code: venues.code, buildingId: venues.buildingId, venueClass: venues.venueClass, seats: venues.seats,
    equipment: venues.equipment, bookable: venues.bookable, openFrom: venues.openFrom, openTo: venues.openTo,
  }).from(venues).where(venueFilter(f)).orderBy(asc(venues.buildingId), asc(venues.code), asc(venues.name));
}

/** Active holds overlapping [from, to) of the venues the filter selects, with their booking or closure (served by the holds' gist index). */
export async function boardHolds(db: DbOrTx, f: BoardVenueFilter, from: Date, to: Date) {
  return db.select({
    venueId: bookingHolds.venueId, holdFrom: sql<string>`lower(${bookingHolds.during})`, holdTo: sql<string>`upper(${bookingHolds.during})`,
    bookingId: bookingHolds.bookingId, closureId: bookingHolds.closureId, closureReason: venueClosures.reason,
    // Only what a board block shows: the whole row (services, forms) would cost more than the query.
    booking: {
      id: bookings.id, propertyId: bookings.propertyId, number: bookings.number, status: bookings.status, topic: bookings.topic,
      startAt: bookings.startAt, endAt: bookings.endAt, venueId: bookings.venueId, organizationId: bookings.organizationId,
      organizerUnit: bookings.organizerUnit, confidentiality: bookings.confidentiality, createdBy: bookings.createdBy,
    },
    organizationName: organizations.name,
  }).from(bookingHolds)
    .leftJoin(bookings, eq(bookings.id, bookingHolds.bookingId))
    .leftJoin(organizations, eq(organizations.id, bookings.organizationId))
    .leftJoin(venueClosures, eq(venueClosures.id, bookingHolds.closureId))
    .where(and(eq(bookingHolds.active, true), inArray(bookingHolds.venueId, db.select({ id: venues.id }).from(venues).where(venueFilter(f))),
      sql`${bookingHolds.during} && ${range(from, to)}`))
    .orderBy(asc(sql`lower(${bookingHolds.during})`));
}

// ---------- calendar feeds ----------

export async function insertFeed(tx: DbOrTx, v: typeof calendarFeeds.$inferInsert): Promise<FeedRow> {
  const [row] = await tx.insert(calendarFeeds).values(v).returning();
  return row!;
}
export async function findFeed(db: DbOrTx, where: { id: string } | { tokenHash: string }): Promise<FeedRow | null> {
  const [row] = await db.select().from(calendarFeeds).where('id' in where ? eq(calendarFeeds.id, where.id) : eq(calendarFeeds.tokenHash, where.tokenHash));
  return row ?? null;
}
export async function listFeeds(db: DbOrTx, propertyId: string, createdBy?: string) {
  return db.select().from(calendarFeeds).where(and(eq(calendarFeeds.propertyId, propertyId), createdBy ? eq(calendarFeeds.createdBy, createdBy) : undefined))
    .orderBy(desc(calendarFeeds.createdAt)).limit(200);
}
export async function revokeFeed(tx: DbOrTx, id: string, at: Date) {
  const [row] = await tx.update(calendarFeeds).set({ revokedAt: at }).where(and(eq(calendarFeeds.id, id), isNull(calendarFeeds.revokedAt))).returning();
  return row ?? null;
}

/** A feed's creator with their roles (whose read rules the feed applies at each fetch); null when gone. */
export async function feedCreator(db: DbOrTx, userId: string) {
  const [r] = await db.select({
    user: users,
    roles: sql<{ propertyId: string; role: string }[] | null>`(select json_agg(json_build_object('propertyId', r.property_id, 'role', r.role)) from user_roles r where r.user_id = ${users.id})`,
  }).from(users).where(eq(users.id, userId));
  return r ? { user: r.user, roles: r.roles ?? [] } : null;
}

/** Bookings of a feed (a venue, its linked-room uses included, or an organization) overlapping [from, to), every status. */
export async function feedBookings(db: DbOrTx, f: Pick<FeedRow, 'propertyId' | 'kind' | 'targetId'>, from: Date, to: Date) {
  return db.select({ booking: bookings, venueName: venues.name }).from(bookings).innerJoin(venues, eq(venues.id, bookings.venueId)).where(and(
    eq(bookings.propertyId, f.propertyId), gt(bookings.endAt, from), lt(bookings.startAt, to),
    f.kind === 'venue' ? or(eq(bookings.venueId, f.targetId), sql`${f.targetId}::uuid = any(${bookings.linkedVenueIds})`) : eq(bookings.organizationId, f.targetId),
  )).orderBy(asc(bookings.startAt)).limit(5000);
}

// ---------- reports, jobs ----------

/** Active bookings starting in [from, to), with venue name and class, for the bureau's report. */
export async function reportBookings(db: DbOrTx, propertyId: string, from: Date, to: Date) {
  return db.select({ booking: bookings, venueName: venues.name, venueClass: venues.venueClass }).from(bookings).innerJoin(venues, eq(venues.id, bookings.venueId))
    .where(and(eq(bookings.propertyId, propertyId), gte(bookings.startAt, from), lt(bookings.startAt, to), inArray(bookings.status, ['requested', 'confirmed'])))
    .orderBy(asc(bookings.startAt), asc(venues.name), asc(bookings.number));
}

/** Stores the day's snapshot once: a second run of the job for the same day keeps the first. Null when one existed. */
export async function insertBureauReport(tx: DbOrTx, v: typeof bureauReports.$inferInsert) {
  const [row] = await tx.insert(bureauReports).values(v).onConflictDoNothing({ target: [bureauReports.propertyId, bureauReports.reportDate] }).returning();
  return row ?? null;
}
export async function findBureauReport(db: DbOrTx, propertyId: string, date: string) {
  const [row] = await db.select().from(bureauReports).where(and(eq(bureauReports.propertyId, propertyId), eq(bureauReports.reportDate, date)));
  return row ?? null;
}

export async function propertyIds(db: DbOrTx): Promise<string[]> {
  return (await db.select({ id: properties.id }).from(properties)).map((p) => p.id);
}

/** Users of an organization holding the organizer role in the property (who hear of their bookings). */
export async function organizerUserIds(db: DbOrTx, propertyId: string, organizationId: string | null): Promise<string[]> {
  if (!organizationId) return [];
  const rows = await db.selectDistinct({ id: users.id }).from(users).innerJoin(userRoles, eq(userRoles.userId, users.id))
    .where(and(eq(users.organizationId, organizationId), eq(userRoles.propertyId, propertyId), eq(userRoles.role, 'organizer'), eq(users.disabled, false)));
  return rows.map((r) => r.id);
}
