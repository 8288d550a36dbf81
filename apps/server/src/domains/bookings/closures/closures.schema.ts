/** Zod request schemas of venue closures. */
import { z } from 'zod';
import { reqText } from '../../../lib/http.ts';
import { id, instant } from '../booking/booking.schema.ts';

export const closureInput = z
  .object({
    propertyId: id,
    venueId: id,
    startAt: instant,
    endAt: instant,
    reason: reqText(500),
    /** true: only report the bookings it would collide with. */
    preview: z.boolean().default(false),
  })
  .strict();
export type ClosureInput = z.infer<typeof closureInput>;

export const closureResolve = z.discriminatedUnion('action', [
  z
    .object({ bookingId: id, action: z.literal('move'), venueId: id.optional(), startAt: instant.optional(), endAt: instant.optional() })
    .strict(),
  z.object({ bookingId: id, action: z.literal('cancel'), reason: reqText(500) }).strict(),
  z.object({ bookingId: id, action: z.literal('keep') }).strict(),
]);
export type ClosureResolve = z.infer<typeof closureResolve>;

export const closureQuery = z.object({ propertyId: id, from: instant.optional(), to: instant.optional(), venueId: id.optional() });
