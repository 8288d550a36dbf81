/** SQL of quick booking: a dispatcher's recent bookings, a caller's last booking by phone, a room's recent meetings. */
import { and, desc, eq, gte, inArray, sql } from 'drizzle-orm';
import { ACTIVE_BOOKING_STATUSES } from '@hy/contracts';
import type { DbOrTx } from '../../../db/client.ts';
import { bookings, organizations, venues } from '../../../db/schema/index.ts';

const unitColumns = {
  organizationId: bookings.organizationId,
  organizerUnit: bookings.organizerUnit,
  contactName: bookings.contactName,
  contactPhone: bookings.contactPhone,
  topic: bookings.topic,
  attendeeCount: bookings.attendeeCount,
};
export type UnitRow = {
  organizationId: string | null;
  organizerUnit: string;
  contactName: string;
  contactPhone: string;
  topic: string;
  attendeeCount: number | null;
};

export async function venueOf(db: DbOrTx, propertyId: string, venueId: string) {
  const [v] = await db
    .select({ id: venues.id })
    .from(venues)
    .where(and(eq(venues.id, venueId), eq(venues.propertyId, propertyId)));
  return v ?? null;
}

/** The bookings this user made lately in the property, newest first. */
export async function recentBy(db: DbOrTx, propertyId: string, userId: string, limit = 60): Promise<UnitRow[]> {
  return db
    .select(unitColumns)
    .from(bookings)
    .where(and(eq(bookings.propertyId, propertyId), eq(bookings.createdBy, userId)))
    .orderBy(desc(bookings.createdAt), desc(bookings.number))
    .limit(limit);
}

/** Digits only, so "0755-2830 1203" finds "075528301203". */
const digits = (col: unknown) => sql`regexp_replace(${col}, '[^0-9]', '', 'g')`;

/** The latest booking whose contact phone is this number; else the organization whose contact it is. */
export async function byPhone(db: DbOrTx, propertyId: string, phone: string): Promise<UnitRow | null> {
  const wanted = phone.replace(/[^0-9]/g, '');
  if (!wanted) return null;
  const [b] = await db
    .select(unitColumns)
    .from(bookings)
    .where(and(eq(bookings.propertyId, propertyId), sql`${digits(bookings.contactPhone)} = ${wanted}`))
    .orderBy(desc(bookings.createdAt), desc(bookings.number))
    .limit(1);
  if (b) return b;
  const [o] = await db
    .select({
      id: organizations.id,
      name: organizations.name,
      contactName: organizations.contactName,
      contactPhone: organizations.contactPhone,
    })
    .from(organizations)
    .where(and(eq(organizations.propertyId, propertyId), sql`${digits(organizations.contactPhone)} = ${wanted}`))
    .limit(1);
  return o
    ? {
        organizationId: o.id,
        organizerUnit: o.name,
        contactName: o.contactName ?? '',
        contactPhone: o.contactPhone ?? phone,
        topic: '',
        attendeeCount: null,
      }
    : null;
}

/** Attendance and layout of the room's meetings since a day. */
export async function venueMeetings(db: DbOrTx, venueId: string, since: Date) {
  return db
    .select({ attendeeCount: bookings.attendeeCount, layout: bookings.layout })
    .from(bookings)
    .where(and(eq(bookings.venueId, venueId), gte(bookings.startAt, since), inArray(bookings.status, [...ACTIVE_BOOKING_STATUSES])))
    .orderBy(desc(bookings.startAt))
    .limit(200);
}
