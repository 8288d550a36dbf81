/** The availability board (SPEC M2): venues with the holds of 1 or 7 days, in the property's time zone. */
import { z } from 'zod';
import { BOARD_ITEM_KINDS, BOOKING_STATUSES } from '../bookings.ts';
import { uuid } from '../fields.ts';
import { VENUE_CLASSES } from '../places.ts';
import { bookingDay } from './booking.ts';

/**
 * One block on a venue's row: a meeting, its buffers, a closure, or an anonymous `occupied` hold
 * (a booking the viewer may not read: no number, topic or organization). Times are local ISO with offset.
 */
export const boardItem = z.object({
  kind: z.enum(BOARD_ITEM_KINDS),
  status: z.enum(BOOKING_STATUSES).nullable(),
  start: z.string(),
  end: z.string(),
  bookingId: z.string().nullable().optional(),
  number: z.string().nullable().optional(),
  topic: z.string().nullable().optional(),
  organizationName: z.string().nullable().optional(),
  /** The block holds this venue as a linked room of the booking's venue. */
  linked: z.boolean().optional(),
  closureId: z.string().nullable().optional(),
  reason: z.string().nullable().optional(),
});
export type BoardItem = z.infer<typeof boardItem>;

export const boardVenue = z.object({
  id: z.string(),
  name: z.string(),
  code: z.string(),
  buildingId: z.string(),
  venueClass: z.enum(VENUE_CLASSES),
  seats: z.number(),
  equipment: z.array(z.object({ code: z.string(), qty: z.number() })),
  bookable: z.boolean(),
  openFrom: z.string(),
  openTo: z.string(),
  items: z.array(boardItem),
});
export type BoardVenue = z.infer<typeof boardVenue>;

export const boardView = z.object({
  propertyId: z.string(),
  timeZone: z.string(),
  from: z.string(),
  to: z.string(),
  venues: z.array(boardVenue),
});
export type BoardView = z.infer<typeof boardView>;

const csv = z
  .string()
  .max(500)
  .transform((s) =>
    s
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
  );
/** GET /bookings/board: 1 or 7 days from `date`, the venues filtered by building, class, seats and equipment (comma-separated). */
export const bookingBoardQuery = z.object({
  propertyId: uuid,
  date: bookingDay,
  days: z.enum(['1', '7']).default('1').transform(Number),
  buildingId: uuid.optional(),
  venueClass: z.enum(VENUE_CLASSES).optional(),
  minSeats: z.coerce.number().int().min(1).max(100_000).optional(),
  equipment: csv.optional(),
});
export type BookingBoardQuery = z.input<typeof bookingBoardQuery>;
