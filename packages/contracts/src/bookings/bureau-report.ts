/** The bureau's daily report (SPEC M10): the bookings of the next two working days, as JSON for a printable page. */
import { z } from 'zod';
import { BOOKING_STATUSES } from '../bookings.ts';
import { instant, uuid } from '../fields.ts';
import { VENUE_CLASSES } from '../places.ts';
import { bookingDay } from './booking.ts';

export const bureauReportRow = z.object({
  bookingId: z.string(),
  number: z.string(),
  date: z.string(),
  time: z.string(),
  venue: z.string(),
  venueClass: z.enum(VENUE_CLASSES),
  topic: z.string(),
  organizer: z.string(),
  contactName: z.string(),
  contactPhone: z.string(),
  attendeeCount: z.number(),
  status: z.enum(BOOKING_STATUSES),
  statusLabel: z.string(),
  confidential: z.boolean(),
});
export type BureauReportRow = z.infer<typeof bureauReportRow>;

export const bureauReport = z.object({
  propertyId: z.string(),
  date: z.string(),
  from: z.string(),
  to: z.string(),
  workingDays: z.array(z.string()),
  title: z.string(),
  rows: z.array(bureauReportRow),
  generatedAt: instant,
});
export type BureauReport = z.infer<typeof bureauReport>;

/** GET /reports/bureau-daily (and its .xlsx): the report of a property's day. */
export const bureauDailyQuery = z.object({ propertyId: uuid, date: bookingDay });
export type BureauDailyQuery = z.input<typeof bureauDailyQuery>;
