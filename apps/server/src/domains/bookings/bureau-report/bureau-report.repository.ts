/** SQL of the bureau's daily report: the bookings it lists, its stored snapshots, the properties the job runs for. */
import { and, asc, eq, gte, inArray, lt } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { bookings, bureauReports, properties, venues } from '../../../db/schema/index.ts';

/** Active bookings starting in [from, to), with venue name and class, for the bureau's report. */
export async function reportBookings(db: DbOrTx, propertyId: string, from: Date, to: Date) {
  return db
    .select({ booking: bookings, venueName: venues.name, venueClass: venues.venueClass })
    .from(bookings)
    .innerJoin(venues, eq(venues.id, bookings.venueId))
    .where(
      and(
        eq(bookings.propertyId, propertyId),
        gte(bookings.startAt, from),
        lt(bookings.startAt, to),
        inArray(bookings.status, ['requested', 'confirmed']),
      ),
    )
    .orderBy(asc(bookings.startAt), asc(venues.name), asc(bookings.number));
}

/** Stores the day's snapshot once: a second run of the job for the same day keeps the first. Null when one existed. */
export async function insertBureauReport(tx: DbOrTx, v: typeof bureauReports.$inferInsert) {
  const [row] = await tx
    .insert(bureauReports)
    .values(v)
    .onConflictDoNothing({ target: [bureauReports.propertyId, bureauReports.reportDate] })
    .returning();
  return row ?? null;
}
export async function findBureauReport(db: DbOrTx, propertyId: string, date: string) {
  const [row] = await db
    .select()
    .from(bureauReports)
    .where(and(eq(bureauReports.propertyId, propertyId), eq(bureauReports.reportDate, date)));
  return row ?? null;
}

export async function propertyIds(db: DbOrTx): Promise<string[]> {
  return (await db.select({ id: properties.id }).from(properties)).map((p) => p.id);
}
