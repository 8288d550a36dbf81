/** All SQL of service notices (M4): the booking read and locked, notices, the out-of-sync scan. */
import { and, asc, eq, gte, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import type { BookingRow } from '../meeting/meeting.repository.ts';
import { bookings, serviceNotices } from '../../../db/schema/index.ts';
import { visibleTo } from '../../bookings/index.ts';
import type { ClosedViewer } from '../../bookings/index.ts';

export async function findBooking(db: DbOrTx, id: string): Promise<BookingRow | null> {
  const [b] = await db.select().from(bookings).where(eq(bookings.id, id));
  return b ?? null;
}
/** The booking, locked: syncs of one booking run one at a time, and after the booking write they react to. */
export async function lockBooking(tx: DbOrTx, id: string): Promise<BookingRow | null> {
  const [b] = await tx.select().from(bookings).where(eq(bookings.id, id)).for('update');
  return b ?? null;
}
/** Bookings of a property starting from `from` whose notice is missing (confirmed) or behind the booking's version. */
export async function outOfSync(db: DbOrTx, propertyId: string, from: Date, limit = 200): Promise<string[]> {
  const rows = await db
    .select({ id: bookings.id })
    .from(bookings)
    .leftJoin(serviceNotices, eq(serviceNotices.bookingId, bookings.id))
    .where(
      and(
        eq(bookings.propertyId, propertyId),
        gte(bookings.startAt, from),
        sql`(
      (${bookings.status} = 'confirmed' and (${serviceNotices.id} is null or ${serviceNotices.bookingVersion} <> ${bookings.version}))
      or (${serviceNotices.id} is not null and ${serviceNotices.bookingVersion} <> ${bookings.version}))`,
      ),
    )
    .orderBy(asc(bookings.startAt))
    .limit(limit);
  return rows.map((r) => r.id);
}
export async function noticeOfBooking(tx: DbOrTx, bookingId: string) {
  const [n] = await tx.select().from(serviceNotices).where(eq(serviceNotices.bookingId, bookingId));
  return n ?? null;
}
export async function insertNotice(tx: DbOrTx, v: typeof serviceNotices.$inferInsert) {
  const [n] = await tx.insert(serviceNotices).values(v).returning();
  return n!;
}
export async function updateNotice(
  tx: DbOrTx,
  id: string,
  patch: Partial<typeof serviceNotices.$inferInsert>,
  guard?: ReturnType<typeof sql>,
) {
  const [n] = await tx
    .update(serviceNotices)
    .set(patch)
    .where(and(eq(serviceNotices.id, id), guard))
    .returning();
  return n ?? null;
}
/** Notices of a period; M12: closed meetings only where `viewer` may see them (confidentiality.repository). */
export const listNotices = (db: DbOrTx, q: { propertyId: string; from: Date; to: Date; limit: number; viewer?: ClosedViewer }) =>
  db
    .select()
    .from(serviceNotices)
    .where(
      and(
        eq(serviceNotices.propertyId, q.propertyId),
        lt(serviceNotices.startAt, q.to),
        gte(serviceNotices.endAt, q.from),
        visibleTo(q.viewer, serviceNotices.bookingId),
      ),
    )
    .orderBy(asc(serviceNotices.startAt), asc(serviceNotices.id))
    .limit(q.limit);
