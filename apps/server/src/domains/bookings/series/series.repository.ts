/** SQL of booking series. */
import { and, asc, eq, gt } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { bookingSeries, bookings } from '../../../db/schema/index.ts';
import type { BookingRow } from '../booking/booking.repository.ts';

export type SeriesRow = typeof bookingSeries.$inferSelect;

export async function insertSeries(tx: DbOrTx, v: typeof bookingSeries.$inferInsert): Promise<SeriesRow> {
  const [row] = await tx.insert(bookingSeries).values(v).returning();
  return row!;
}

export async function findSeries(db: DbOrTx, id: string): Promise<SeriesRow | null> {
  const [row] = await db.select().from(bookingSeries).where(eq(bookingSeries.id, id));
  return row ?? null;
}

export async function seriesBookings(db: DbOrTx, seriesId: string, from?: Date): Promise<BookingRow[]> {
  return db
    .select()
    .from(bookings)
    .where(and(eq(bookings.seriesId, seriesId), from ? gt(bookings.startAt, from) : undefined))
    .orderBy(asc(bookings.startAt), asc(bookings.id));
}

export async function markSeriesCancelled(tx: DbOrTx, id: string, by: string, at: Date, reason: string) {
  await tx.update(bookingSeries).set({ cancelledBy: by, cancelledAt: at, cancelReason: reason }).where(eq(bookingSeries.id, id));
}
