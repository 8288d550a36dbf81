/** What a clash names (409 bodies, closure previews, series previews): bookings (content only if readable) and closures. */
import { z } from 'zod';
import { instant } from '../fields.ts';

export const bookingClash = z.object({
  id: z.string(),
  number: z.string(),
  venueName: z.string(),
  start: instant,
  end: instant,
  topic: z.string().nullable(),
  organizer: z.string().nullable(),
});
export type BookingClash = z.infer<typeof bookingClash>;

export const closureClash = z.object({ id: z.string(), venueName: z.string(), start: instant, end: instant, reason: z.string() });
export type ClosureClash = z.infer<typeof closureClash>;
