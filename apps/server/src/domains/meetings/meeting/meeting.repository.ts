/** SQL the meetings sub-features share: a notice with its booking's organization, the organizer accounts, numbers, names, venues, properties. */
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn, PgTable, PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../../db/client.ts';
import { bookings, buildings, counters, properties, serviceNotices, users, venues, userRoles } from '../../../db/schema/index.ts';

const one = <T>(rows: T[]) => rows[0] ?? null;

export type NoticeRow = typeof serviceNotices.$inferSelect;
export type BookingRow = typeof bookings.$inferSelect;
/** The notice with its booking's organization (who the organizer side is). */
export async function noticeWithOrganization(db: DbOrTx, noticeId: string) {
  return one(
    await db
      .select({ notice: serviceNotices, organizationId: bookings.organizationId, confidentiality: bookings.confidentiality })
      .from(serviceNotices)
      .innerJoin(bookings, eq(bookings.id, serviceNotices.bookingId))
      .where(eq(serviceNotices.id, noticeId)),
  );
}
/** Organizer accounts of an organization in a property (the 组织单位责任人 side). */
export async function organizerUserIds(db: DbOrTx, propertyId: string, organizationId: string | null) {
  if (!organizationId) return [];
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .where(
      and(
        eq(userRoles.propertyId, propertyId),
        eq(userRoles.role, 'organizer'),
        eq(users.organizationId, organizationId),
        eq(users.disabled, false),
      ),
    );
  return rows.map((r) => r.id);
}
export async function findNotice(db: DbOrTx, id: string) {
  const [n] = await db.select().from(serviceNotices).where(eq(serviceNotices.id, id));
  return n ?? null;
}
/**
 * Inserts the one row a notice has in `t` (unique by notice) or, when it exists, updates it with
 * `set` where `setWhere` allows; the stored row, or null when `setWhere` refused the update.
 */
export async function upsertOfNotice<T extends PgTable & { noticeId: AnyPgColumn }>(
  tx: DbOrTx,
  t: T,
  v: T['$inferInsert'],
  set: PgUpdateSetSource<T>,
  setWhere?: SQL,
): Promise<T['$inferSelect'] | null> {
  const rows = await tx.insert(t).values(v).onConflictDoUpdate({ target: t.noticeId, set, setWhere }).returning();
  return (rows as T['$inferSelect'][])[0] ?? null;
}
export async function nextNumber(tx: DbOrTx, propertyId: string, key: string): Promise<number> {
  const [row] = await tx
    .insert(counters)
    .values({ propertyId, key, value: 1 })
    .onConflictDoUpdate({ target: [counters.propertyId, counters.key], set: { value: sql`${counters.value} + 1` } })
    .returning({ value: counters.value });
  return Number(row!.value);
}
export async function userNames(db: DbOrTx, ids: (string | null)[]) {
  const list = [...new Set(ids.filter((x): x is string => !!x))];
  if (!list.length) return new Map<string, string>();
  const rows = await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, list));
  return new Map(rows.map((r) => [r.id, r.name]));
}
export async function venueInfo(db: DbOrTx, ids: string[]) {
  if (!ids.length) return [];
  return db
    .select({
      id: venues.id,
      name: venues.name,
      type: venues.venueType,
      cls: venues.venueClass,
      building: buildings.name,
      buildingCode: buildings.code,
    })
    .from(venues)
    .leftJoin(buildings, eq(buildings.id, venues.buildingId))
    .where(inArray(venues.id, ids));
}
export async function property(db: DbOrTx, id: string) {
  const [p] = await db
    .select({ id: properties.id, settings: properties.settings, timeZone: properties.timeZone })
    .from(properties)
    .where(eq(properties.id, id));
  return p ?? null;
}
export async function propertyIds(db: DbOrTx) {
  return (await db.select({ id: properties.id }).from(properties)).map((r) => r.id);
}
