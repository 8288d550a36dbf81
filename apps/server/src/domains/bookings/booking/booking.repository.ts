/** SQL of the booking itself: its row, numbers, the venue and property it is planned against, its trail. Venues are read straight from the places tables. */
import { and, asc, desc, eq, gt, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import {
  auditEvents,
  bookings,
  counters,
  organizations,
  properties,
  userRoles,
  users,
  venueAllowedOrganizations,
  venueLinks,
  venues,
} from '../../../db/schema/index.ts';
import type { BookingStatus } from '@hy/contracts';
import { visibleTo } from '../confidentiality/confidentiality.repository.ts';
import type { ClosedViewer } from '../confidentiality/confidentiality.policy.ts';

export type BookingRow = typeof bookings.$inferSelect;
export type BookingInsert = typeof bookings.$inferInsert;
export type VenueRow = typeof venues.$inferSelect;

export async function findPropertySettings(db: DbOrTx, propertyId: string) {
  const [p] = await db
    .select({ settings: properties.settings, timeZone: properties.timeZone })
    .from(properties)
    .where(eq(properties.id, propertyId));
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
  const [r] = await db
    .select({
      v: venues,
      settings: properties.settings,
      timeZone: properties.timeZone,
      links: sql<string[] | null>`(select json_agg(l.linked_venue_id) from ${venueLinks} l where l.venue_id = ${venues.id})`,
      allowed: sql<{ id: string; name: string }[] | null>`(select json_agg(json_build_object('id', o.id, 'name', o.name) order by o.name)
      from ${venueAllowedOrganizations} a join ${organizations} o on o.id = a.organization_id where a.venue_id = ${venues.id})`,
    })
    .from(venues)
    .innerJoin(properties, eq(properties.id, venues.propertyId))
    .where(eq(venues.id, id));
  if (!r) return null;
  return {
    settings: r.settings,
    timeZone: r.timeZone,
    venue: { ...r.v, linkedVenueIds: [...(r.links ?? [])].sort(), allowedOrganizations: r.allowed ?? [] },
  };
}
export type VenueWithRelations = NonNullable<Awaited<ReturnType<typeof findVenue>>>;

export async function venueNames(db: DbOrTx, ids: string[]) {
  if (!ids.length) return new Map<string, string>();
  const rows = await db.select({ id: venues.id, name: venues.name }).from(venues).where(inArray(venues.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function findOrganization(db: DbOrTx, id: string) {
  const [o] = await db
    .select({ id: organizations.id, propertyId: organizations.propertyId, name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, id));
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
  const [row] = await db
    .insert(counters)
    .values({ propertyId, key, value: n })
    .onConflictDoUpdate({ target: [counters.propertyId, counters.key], set: { value: sql`${counters.value} + ${n}` } })
    .returning({ value: counters.value });
  return Number(row!.value) - n + 1;
}

export async function insertBooking(tx: DbOrTx, values: BookingInsert): Promise<BookingRow> {
  const [row] = await tx.insert(bookings).values(values).returning();
  return row!;
}

export async function findBooking(db: DbOrTx, id: string): Promise<BookingRow | null> {
  const [row] = await db.select().from(bookings).where(eq(bookings.id, id));
  return row ?? null;
}

export interface ListFilter {
  propertyId: string;
  from?: Date;
  to?: Date;
  venueId?: string;
  status?: BookingStatus;
  organizationId?: string;
  seriesId?: string;
  after?: { startAt: Date; id: string };
  limit: number;
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
  return db
    .select()
    .from(bookings)
    .where(and(...where))
    .orderBy(asc(bookings.startAt), asc(bookings.id))
    .limit(f.limit);
}

/** Optimistic update: only if the version is still the one the client read. Null when stale. */
export async function updateIfVersion(tx: DbOrTx, id: string, version: number, patch: Partial<BookingInsert>): Promise<BookingRow | null> {
  const [row] = await tx
    .update(bookings)
    .set({ ...patch, version: sql`${bookings.version} + 1` })
    .where(and(eq(bookings.id, id), eq(bookings.version, version)))
    .returning();
  return row ?? null;
}

/** A status change guarded by the current status, so two concurrent decisions cannot both win. Null when it lost. */
export async function updateIfStatus(
  tx: DbOrTx,
  id: string,
  from: readonly BookingStatus[],
  patch: Partial<BookingInsert>,
): Promise<BookingRow | null> {
  const [row] = await tx
    .update(bookings)
    .set({ ...patch, version: sql`${bookings.version} + 1` })
    .where(and(eq(bookings.id, id), inArray(bookings.status, [...from])))
    .returning();
  return row ?? null;
}

export async function history(db: DbOrTx, id: string) {
  return db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, 'booking'), eq(auditEvents.entityId, id)))
    .orderBy(desc(auditEvents.at), desc(auditEvents.id));
}

/** Users of an organization holding the organizer role in the property (who hear of their bookings). */
export async function organizerUserIds(db: DbOrTx, propertyId: string, organizationId: string | null): Promise<string[]> {
  if (!organizationId) return [];
  const rows = await db
    .selectDistinct({ id: users.id })
    .from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .where(
      and(
        eq(users.organizationId, organizationId),
        eq(userRoles.propertyId, propertyId),
        eq(userRoles.role, 'organizer'),
        eq(users.disabled, false),
      ),
    );
  return rows.map((r) => r.id);
}
