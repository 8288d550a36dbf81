/** Request schemas of making and changing a booking: the bookings contract's bodies (the booking form sends them). */
import type { z } from 'zod';
import type { bookingCreateBody, bookingPatchBody } from '@hy/contracts';

export { bookingCreateBody as bookingCreate, bookingPatchBody as bookingPatch } from '@hy/contracts';
export type BookingCreate = z.infer<typeof bookingCreateBody>;
export type BookingPatch = z.infer<typeof bookingPatchBody>;
