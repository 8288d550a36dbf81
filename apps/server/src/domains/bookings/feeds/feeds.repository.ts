/** SQL of calendar feeds: the feed, its creator, and the bookings it shows. */
import { and, asc, desc, eq, gt, isNull, lt, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { bookings, calendarFeeds, users, venues } from '../../../db/schema/index.ts';

export type FeedRow = typeof calendarFeeds.$inferSelect;

export async function insertFeed(tx: DbOrTx, v: typeof calendarFeeds.$inferInsert): Promise<FeedRow> {
  const [row] = await tx.insert(calendarFeeds).values(v).returning();
  return row!;
}
export async function findFeed(db: DbOrTx, where: { id: string } | { tokenHash: string }): Promise<FeedRow | null> {
  const [row] = await db
    .select()
    .from(calendarFeeds)
    .where('id' in where ? eq(calendarFeeds.id, where.id) : eq(calendarFeeds.tokenHash, where.tokenHash));
  return row ?? null;
}
export async function listFeeds(db: DbOrTx, propertyId: string, createdBy?: string) {
  return db
    .select()
    .from(calendarFeeds)
    .where(and(eq(calendarFeeds.propertyId, propertyId), createdBy ? eq(calendarFeeds.createdBy, createdBy) : undefined))
    .orderBy(desc(calendarFeeds.createdAt))
    .limit(200);
}
export async function revokeFeed(tx: DbOrTx, id: string, at: Date) {
  const [row] = await tx
    .update(calendarFeeds)
    .set({ revokedAt: at })
    .where(and(eq(calendarFeeds.id, id), isNull(calendarFeeds.revokedAt)))
    .returning();
  return row ?? null;
}

/** A feed's creator with their roles (whose read rules the feed applies at each fetch); null when gone. */
export async function feedCreator(db: DbOrTx, userId: string) {
  const [r] = await db
    .select({
      user: users,
      roles: sql<
        { propertyId: string; role: string }[] | null
      >`(select json_agg(json_build_object('propertyId', r.property_id, 'role', r.role)) from user_roles r where r.user_id = ${users.id})`,
    })
    .from(users)
    .where(eq(users.id, userId));
  return r ? { user: r.user, roles: r.roles ?? [] } : null;
}

/** Bookings of a feed (a venue, its linked-room uses included, or an organization) overlapping [from, to), every status. */
export async function feedBookings(db: DbOrTx, f: Pick<FeedRow, 'propertyId' | 'kind' | 'targetId'>, from: Date, to: Date) {
  return db
    .select({ booking: bookings, venueName: venues.name })
    .from(bookings)
    .innerJoin(venues, eq(venues.id, bookings.venueId))
    .where(
      and(
        eq(bookings.propertyId, f.propertyId),
        gt(bookings.endAt, from),
        lt(bookings.startAt, to),
        f.kind === 'venue'
          ? or(eq(bookings.venueId, f.targetId), sql`${f.targetId}::uuid = any(${bookings.linkedVenueIds})`)
          : eq(bookings.organizationId, f.targetId),
      ),
    )
    .orderBy(asc(bookings.startAt))
    .limit(5000);
}
