/** Venue closures: a closure with the bookings it collided with, its preview, and a resolution. */
import { z } from 'zod';
import { CLOSURE_RESOLUTIONS, BOOKING_STATUSES } from '../bookings.ts';
import { instant, list, nullableInstant, reqText, requestInstant, uuid } from '../fields.ts';
import { bookingDetail } from './booking.ts';
import { bookingClash } from './conflicts.ts';

export const closureBooking = z.object({
  bookingId: z.string(),
  number: z.string(),
  status: z.enum(BOOKING_STATUSES),
  startAt: instant,
  endAt: instant,
  resolution: z.enum(CLOSURE_RESOLUTIONS).nullable(),
  resolvedBy: z.string().nullable(),
  resolvedAt: nullableInstant,
});
export type ClosureBooking = z.infer<typeof closureBooking>;

export const closureRecord = z.object({
  id: z.string(),
  propertyId: z.string(),
  venue: z.object({ id: z.string(), name: z.string() }),
  start: instant,
  end: instant,
  reason: z.string(),
  createdBy: z.string(),
  createdAt: instant,
  /** The collided bookings (booking staff only; empty for the others). */
  bookings: z.array(closureBooking),
});
export type ClosureRecord = z.infer<typeof closureRecord>;
export const closureList = list(closureRecord);

/** POST /venue-closures: with preview the collisions only (200); else the closure created with them (201). */
export const closurePreview = z.object({
  preview: z.literal(true),
  venue: z.object({ id: z.string(), name: z.string() }),
  start: instant,
  end: instant,
  collisions: z.array(bookingClash),
});
export type ClosurePreview = z.infer<typeof closurePreview>;
export const closureCreated = closureRecord.extend({ collisions: z.array(bookingClash) });
export type ClosureCreated = z.infer<typeof closureCreated>;

export const closureResolution = z.object({
  closureId: z.string(),
  bookingId: z.string(),
  resolution: z.enum(CLOSURE_RESOLUTIONS),
  booking: bookingDetail.nullable(),
});
export type ClosureResolution = z.infer<typeof closureResolution>;

/** POST /venue-closures: close a venue for a span (or, with preview, only list the bookings it would collide with). */
export const closureCreateBody = z
  .object({
    propertyId: uuid,
    venueId: uuid,
    startAt: requestInstant,
    endAt: requestInstant,
    reason: reqText(500),
    /** true: only report the bookings it would collide with. */
    preview: z.boolean().default(false),
  })
  .strict();
export type ClosureCreateBody = z.input<typeof closureCreateBody>;

/** POST /venue-closures/{id}/resolve: move, cancel or keep one colliding booking. */
export const closureResolveBody = z.discriminatedUnion('action', [
  z
    .object({
      bookingId: uuid,
      action: z.literal('move'),
      venueId: uuid.optional(),
      startAt: requestInstant.optional(),
      endAt: requestInstant.optional(),
    })
    .strict(),
  z.object({ bookingId: uuid, action: z.literal('cancel'), reason: reqText(500) }).strict(),
  z.object({ bookingId: uuid, action: z.literal('keep') }).strict(),
]);
export type ClosureResolveBody = z.input<typeof closureResolveBody>;

/** GET /venue-closures */
export const closureListQuery = z.object({
  propertyId: uuid,
  from: requestInstant.optional(),
  to: requestInstant.optional(),
  venueId: uuid.optional(),
});
export type ClosureListQuery = z.input<typeof closureListQuery>;
